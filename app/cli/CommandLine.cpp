#include "cli/CliText.h"
#include "cli/CommandLine.h"

namespace lectern {
namespace {

const std::set<std::string> kValueOptions = {"--library", "--status", "--kind", "--class", "--jobs", "--start", "--end", "-o", "--output", "--width", "--height",
                                                "--text", "--example", "--item", "--modifier", "--limit", "--lease"};
const std::set<std::string> kFlags = {"--json", "--help", "-h", "--version", "--words-only", "--follow", "--register-only"};

}  // namespace

std::optional<std::string> CommandLine::option(const std::string& name) const
{
    if (auto it = options.find(name); it != options.end()) return it->second;
    return std::nullopt;
}

ParsedCommandLine parseCommandLine(const std::vector<std::string>& arguments)
{
    CommandLine line;
    bool onlyOperands = false;
    for (size_t i = 0; i < arguments.size(); ++i) {
        std::string argument = arguments[i];
        if (onlyOperands || argument.empty() || argument[0] != '-' || argument == "-") {
            if (line.command.empty()) {
                line.command = argument;
            } else {
                line.operands.push_back(argument);
            }
            continue;
        }
        if (argument == "--") {
            onlyOperands = true;
            continue;
        }
        std::optional<std::string> inlineValue;
        if (const size_t equals = argument.find('='); equals != std::string::npos) {
            inlineValue = argument.substr(equals + 1);
            argument = argument.substr(0, equals);
        }
        if (kFlags.count(argument) != 0 && !inlineValue) {
            line.flags.insert(argument == "-h" ? "--help" : argument);
        } else if (kValueOptions.count(argument) != 0) {
            if (!inlineValue && i + 1 >= arguments.size()) {
                return {std::nullopt, filled(tr("option %1 needs a value"), {argument})};
            }
            line.options[argument] = inlineValue ? *inlineValue : arguments[++i];
        } else {
            return {std::nullopt, filled(tr("unknown option %1"), {argument})};
        }
    }
    return {line, {}};
}

}  // namespace lectern
