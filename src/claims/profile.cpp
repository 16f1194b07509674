#include <redraft/claims/claims.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace redraft::claims {

double balance_score(double sum, double sum_abs) {
    return sum / (sum_abs + kScorePrior);
}

double shown_score(double score) {
    const double r = std::round(score * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r;
}

std::string format_score(double score) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.2f", shown_score(score));
    return buffer;
}

double shown_shift(double old_score, double new_score) {
    return shown_score(shown_score(new_score) - shown_score(old_score));
}

std::vector<std::string> dimension_names(const std::vector<Dimension>& configured) {
    std::vector<std::string> names = {"favorability", "certainty"};
    for (const auto& d : configured) {
        names.push_back(d.name);
    }
    return names;
}

namespace {

// One entry per term: a term with rows on several dimensions ("pragmatic" on favorability and
// on russia_stance) is one characterization of the text, counted once per occurrence.
void count_characterization(AssessmentProfile& profile,
                            std::unordered_map<std::string_view, std::size_t>& by_term,
                            const Cue& cue, const Claim& claim, std::uint32_t paragraph) {
    auto it = by_term.find(cue.term);
    if (it == by_term.end()) {
        it = by_term.emplace(cue.term, profile.characterizations.size()).first;
        CharacterizationCount count;
        count.id = std::string(cue.id);
        count.term = std::string(cue.term);
        profile.characterizations.push_back(std::move(count));
    }
    auto& count = profile.characterizations[it->second];
    if (std::find(count.dimensions.begin(), count.dimensions.end(), cue.dimension) ==
        count.dimensions.end()) {
        count.dimensions.emplace_back(cue.dimension);
        if (cue.ambivalent) {
            count.ambivalent_on.emplace_back(cue.dimension);
        }
    }
    if (cue.dimension == count.dimensions.front()) {
        const ClaimRef ref{paragraph, claim.sentence};
        if (count.last_paragraph == ref.paragraph && count.last_sentence == ref.sentence &&
            count.last_begin == cue.begin) {
            return;
        }
        count.last_paragraph = ref.paragraph;
        count.last_sentence = ref.sentence;
        count.last_begin = cue.begin;
        ++count.count;
        count.negated += cue.negated ? 1 : 0;
        count.attributed += cue.holder.empty() ? 0 : 1;
    }
}

} // namespace

namespace {

std::int64_t fixed_point(double weight) {
    return std::llround(weight * kSumUnits);
}

// Adds (`sign` +1) or takes away (-1) one claim's mentions of `subject`, the claim itself when it
// is a declarative claim about it, and its scored cues; `on_cue` sees every cue that counts for
// the subject in such a claim (the profile counts its characterizations). Returns whether the
// claim is a declarative claim about the subject.
template <typename OnCue>
bool add_claim_sums(const Claim& claim, std::uint32_t subject,
                    const std::vector<std::string>& dimensions, std::int64_t sign,
                    ProfileSums& sums, OnCue&& on_cue) {
    const Mention* mention = claim.mention_of(subject);
    if (mention == nullptr) {
        return false;
    }
    sums.mentions += sign * mention->count;
    if (!claim.declarative) {
        return false;
    }
    sums.claims += sign;
    for (const auto& cue : claim.cues) {
        if (!cue.counts_for(subject)) {
            continue;
        }
        on_cue(cue);
        if (cue.ambivalent || cue.weight == 0.0) {
            continue;
        }
        const auto d = std::find(dimensions.begin(), dimensions.end(), cue.dimension);
        if (d == dimensions.end()) {
            continue;
        }
        auto& s = sums.dimensions[static_cast<std::size_t>(d - dimensions.begin())];
        const std::int64_t weight = fixed_point(cue.weight);
        if (cue.holder.empty()) {
            s.sum += sign * weight;
            s.sum_abs += sign * std::abs(weight);
            s.cues += sign;
        } else {
            s.attributed += sign * weight;
            s.attributed_abs += sign * std::abs(weight);
            s.attributed_cues += sign;
        }
    }
    return true;
}

double sums_score(std::int64_t sum, std::int64_t sum_abs) {
    return balance_score(static_cast<double>(sum) / kSumUnits,
                         static_cast<double>(sum_abs) / kSumUnits);
}

void fill_scores(AssessmentProfile& profile, const ProfileSums& sums,
                 const std::vector<std::string>& dimensions) {
    profile.mentions = static_cast<std::uint32_t>(sums.mentions);
    profile.claims = static_cast<std::uint32_t>(sums.claims);
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
        const auto& s = sums.dimensions[d];
        profile.dimensions.push_back({dimensions[d], sums_score(s.sum, s.sum_abs),
                                      sums_score(s.attributed, s.attributed_abs),
                                      static_cast<std::uint32_t>(s.cues),
                                      static_cast<std::uint32_t>(s.attributed_cues)});
    }
}

} // namespace

void add_paragraph_sums(const ParagraphAnalysis& paragraph, std::uint32_t subject,
                        const std::vector<std::string>& dimensions, int sign, ProfileSums& sums) {
    for (const auto& claim : paragraph.claims) {
        add_claim_sums(claim, subject, dimensions, sign, sums, [](const Cue&) {});
    }
}

DimensionSums& DimensionSums::operator+=(const DimensionSums& more) {
    sum += more.sum;
    sum_abs += more.sum_abs;
    attributed += more.attributed;
    attributed_abs += more.attributed_abs;
    cues += more.cues;
    attributed_cues += more.attributed_cues;
    return *this;
}

ProfileSums& ProfileSums::operator+=(const ProfileSums& more) {
    mentions += more.mentions;
    claims += more.claims;
    dimensions.resize(std::max(dimensions.size(), more.dimensions.size()));
    for (std::size_t d = 0; d < more.dimensions.size(); ++d) {
        dimensions[d] += more.dimensions[d];
    }
    return *this;
}

ProfileSums profile_sums(const DocumentAnalysis& analysis, std::uint32_t subject,
                         const std::vector<std::string>& dimensions) {
    ProfileSums sums;
    sums.dimensions.resize(dimensions.size());
    for (const auto& paragraph : analysis.paragraphs) {
        add_paragraph_sums(*paragraph, subject, dimensions, 1, sums);
    }
    return sums;
}

AssessmentProfile profile_from_sums(const ProfileSums& sums, const std::string& subject_name,
                                    const std::vector<std::string>& dimensions) {
    AssessmentProfile profile;
    profile.subject = subject_name;
    fill_scores(profile, sums, dimensions);
    return profile;
}

AssessmentProfile build_profile(const DocumentAnalysis& analysis, std::uint32_t subject,
                                const std::string& subject_name,
                                const std::vector<std::string>& dimensions) {
    AssessmentProfile profile;
    profile.subject = subject_name;
    ProfileSums sums;
    sums.dimensions.resize(dimensions.size());
    std::unordered_map<std::string_view, std::size_t> by_term;
    for (std::uint32_t p = 0; p < analysis.paragraphs.size(); ++p) {
        for (const auto& claim : analysis.paragraphs[p]->claims) {
            const bool about =
                add_claim_sums(claim, subject, dimensions, 1, sums, [&](const Cue& cue) {
                    if (cue.kind == CueKind::characterization) {
                        count_characterization(profile, by_term, cue, claim, p);
                    }
                });
            if (about) {
                profile.about.push_back({p, claim.sentence});
            }
        }
    }
    fill_scores(profile, sums, dimensions);
    std::stable_sort(profile.characterizations.begin(), profile.characterizations.end(),
                     [](const auto& a, const auto& b) { return a.count > b.count; });
    return profile;
}

} // namespace redraft::claims
