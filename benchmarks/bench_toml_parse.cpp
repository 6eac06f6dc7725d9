// SPDX-License-Identifier: MIT
// The parse floor for `benchmarks/run`: reads a file the way pace does and parses it with toml++
// alone, nothing else. Prints the number of nodes so the parse cannot be optimised away.
#include <fstream>
#include <iostream>
#include <sstream>

#include <toml++/toml.h>

namespace {

size_t count_nodes(const toml::node& node) {
  size_t count = 1;
  if (const auto* table = node.as_table()) {
    for (const auto& [key, value] : *table)
      count += count_nodes(value);
  } else if (const auto* array = node.as_array()) {
    for (const auto& element : *array)
      count += count_nodes(element);
  }
  return count;
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bench_toml_parse FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "bench_toml_parse: cannot read '" << argv[1] << "'\n";
    return 2;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  try {
    toml::table doc = toml::parse(text, std::string(argv[1]));
    std::cout << count_nodes(doc) << " nodes\n";
  } catch (const toml::parse_error& e) {
    std::cerr << argv[1] << ": " << e.description() << "\n";
    return 1;
  }
  return 0;
}
