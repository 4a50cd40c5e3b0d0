// Helpers for building exported TorchScript modules in C++ (no Python):
// a trained layer's weights become parameters a defined forward() reads.
#pragma once

#include <torch/script.h>
#include <torch/torch.h>

#include <string>

namespace lectern::ml {

// Registers NAME_w and NAME_b, frozen copies of the layer's weight and bias.
inline void addLinear(torch::jit::Module& module, const std::string& name, torch::nn::Linear& layer)
{
    module.register_parameter(name + "_w", layer->weight.detach().clone(), false);
    module.register_parameter(name + "_b", layer->bias.detach().clone(), false);
}

}  // namespace lectern::ml
