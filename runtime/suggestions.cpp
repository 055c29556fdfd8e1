#include "runtime/suggestions.h"

#include <algorithm>
#include <climits>
#include <cstddef>

namespace gilt {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxLength = 40;
constexpr size_t kMoveCost = 2;  // insert, delete or substitute
constexpr size_t kCaseCost = 1;  // substitute a letter by its other case

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

// Levenshtein distance with the costs above; anything over max_cost is
// reported as max_cost + 1 (and computed no further).
size_t distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxLength || b.size() > kMaxLength) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t row[kMaxLength];
  for (size_t i = 0; i < a.size(); i++) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    size_t diagonal = bi * kMoveCost;
    result = diagonal;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ai++) {
      size_t substitute = diagonal + substitution_cost(b[bi], a[ai]);
      diagonal = row[ai];
      size_t insert_delete = std::min(result, diagonal) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

}  // namespace

std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates) {
  if (candidates.size() >= kMaxCandidates) return "";
  const std::string* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = distance(name, item, max_distance);
    if (d > max_distance) continue;
    if (!best || d < best_distance) {
      best = &item;
      best_distance = d;
    }
  }
  return best ? *best : "";
}

}  // namespace gilt
