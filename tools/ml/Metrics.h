// Classification figures in the layout of P1 Tables 1 and 2.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace lectern::ml {

struct ClassificationReport {
    double accuracy = 0, macroPrecision = 0, macroRecall = 0, macroF1 = 0;
    std::array<double, 5> f1{};
    std::array<std::array<int, 5>, 5> confusion{};  // [truth][predicted]
};

ClassificationReport evaluate(const std::vector<int>& truth, const std::vector<int>& predicted);

}  // namespace lectern::ml
