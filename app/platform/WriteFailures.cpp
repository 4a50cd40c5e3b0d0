#include "platform/WriteFailures.h"

#include <csignal>

namespace lectern {

void failWritesInsteadOfDying()
{
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

}  // namespace lectern
