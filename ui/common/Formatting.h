// How the window writes times, sizes, classes and loudness for a teacher.
#pragma once

#include <QString>

#include <string>

#include "catalog/Item.h"

namespace lectern {

// "3:05", "1:02:09"
QString formatDuration(double seconds);
// "12.4 MB"
QString formatBytes(qint64 bytes);
// "Music", "Language learning", … for a class id of design §1.
QString resourceClassName(const std::string& id);
// The class column: the class with the model's confidence, or who chose it.
QString resourceClassLabel(const Item& item);
// "Same recording", "Sounds similar", "Matching words", "Sounds as described" for a search group.
QString searchGroupName(const QString& group);

}  // namespace lectern
