// Runs a catalog statement and turns a DatabaseError into an error value
// (design §9: errors as values at module boundaries). A function that
// returns nothing gives a Status.
#pragma once

#include <type_traits>

#include "catalog/Database.h"
#include "common/Result.h"

namespace lectern {

template <typename Function>
auto guarded(Function&& function)
    -> std::conditional_t<std::is_void_v<decltype(function())>, Status, decltype(function())>
{
    try {
        if constexpr (std::is_void_v<decltype(function())>) {
            function();
            return success();
        } else {
            return function();
        }
    } catch (const DatabaseError& error) {
        return error.asError();
    }
}

}  // namespace lectern
