// lectern-cli's arguments: global options, a command, its options and operands.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lectern {

struct CommandLine {
    std::string command;
    std::vector<std::string> operands;
    std::map<std::string, std::string> options;  // "--status" -> "failed"
    std::set<std::string> flags;                 // "--json"

    bool has(const std::string& flag) const { return flags.count(flag) != 0; }
    std::optional<std::string> option(const std::string& name) const;
};

struct ParsedCommandLine {
    std::optional<CommandLine> commandLine;
    std::string error;  // set when commandLine is empty
};

ParsedCommandLine parseCommandLine(const std::vector<std::string>& arguments);

}  // namespace lectern
