// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include <pace/score/capability.hpp>

namespace pace {

// The lowest base rating attribute `k` must reach for the process to be at `target` or above,
// asked of capability_level() itself (every other attribute up to the target taken as fully
// achieved), so the level rule lives in one place. nullopt when the target does not depend on
// attribute k at all. `attributes` in level order, as in ProcessResult.
std::optional<BaseRating> required_base(const std::vector<AttributeResult>& attributes, size_t k,
                                        int target);

// The indices of the attributes that keep the process below `target`: each is unrated, not
// assessed or rated below its required_base(). In level order.
std::vector<size_t> blocking_attributes(const std::vector<AttributeResult>& attributes, int target);

// Whether `a` meets `required` (not rated never does).
bool meets(const AttributeResult& a, BaseRating required);

} // namespace pace
