// The quantity reader: spans of years, dates written in digits, decades; and regressions on
// input the fuzzers found.
#include <redraft/text/tokens.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claims/quantities.hpp"

namespace redraft::claims {
namespace {

std::vector<Quantity> quantities_in(const std::string& sentence) {
    return find_quantities(sentence, text::tokenize(sentence));
}

// Each quantity as "kind:text=value".
std::vector<std::string> values(const std::string& sentence) {
    std::vector<std::string> out;
    for (const auto& q : quantities_in(sentence)) {
        out.push_back(std::string(to_string(q.kind)) + ":" + q.text + "=" + q.value);
    }
    return out;
}

using Values = std::vector<std::string>;

// The value of the one quantity in `sentence`.
std::string value_of(const std::string& sentence) {
    const auto found = quantities_in(sentence);
    EXPECT_EQ(found.size(), 1u) << sentence;
    return found.empty() ? std::string() : found.front().value;
}

// fuzz_assess: an ordinal with twenty digits overflowed a signed long (UBSan) before its length
// was checked. Under the sanitizers the overflow itself fails the test.
TEST(Quantities, AVeryLongOrdinalIsNoDay) {
    const auto found = quantities_in("He met Putin on the 33333333333333333333th of May 2014.");
    for (const auto& q : found) {
        EXPECT_EQ(q.text.find("33333333333333333333th"), std::string::npos) << q.text;
    }
}

TEST(Quantities, SpansOfYearsAreOneQuantity) {
    EXPECT_EQ(values("The 2020-21 season and the 2023/24 budget."),
              (Values{"year:2020-21=2020-2021", "year:2023/24=2023-2024"}));
    EXPECT_EQ(value_of("In 2020/21 it won."), value_of("In 2020-2021 it won."));
    EXPECT_EQ(value_of("In 1999–2000 it won."), "1999-2000");
    EXPECT_EQ(value_of("In 1998-02 it won."), "1998-2002");
    EXPECT_EQ(value_of("In 1939-45 it fought."), "1939-1945");
    EXPECT_NE(value_of("In 2020-21 it won."), value_of("In 2021-22 it won."));
    // Not spans: a year and a number, a score, years apart, an end before the start.
    EXPECT_EQ(values("In 2022-04 it won."), (Values{"year:2022=2022", "number:04=04"}));
    EXPECT_EQ(values("A 4-0 defeat."), (Values{"number:4=4", "number:0=0"}));
    EXPECT_EQ(values("From 2019 - 2020."), (Values{"year:2019=2019", "year:2020=2020"}));
    EXPECT_EQ(values("In 2021-2020 it won."), (Values{"year:2021=2021", "year:2020=2020"}));
}

TEST(Quantities, DatesInDigitsAreOneQuantity) {
    EXPECT_EQ(values("Rates were cut on 03/04/2022."), (Values{"date:03/04/2022=03/04/2022"}));
    // Day and month are kept in the order written; only the digits are padded.
    EXPECT_EQ(value_of("On 3/4/2022 it fell."), "03/04/2022");
    EXPECT_EQ(value_of("On 03.04.2022 it fell."), "03/04/2022");
    EXPECT_EQ(value_of("On 03-04-2022 it fell."), "03/04/2022");
    EXPECT_EQ(value_of("On 3/4/22 it fell."), "03/04/22");
    EXPECT_EQ(value_of("On 25/12/2022 it fell."), "25/12/2022");
    EXPECT_NE(value_of("On 03/04/2022 it fell."), value_of("On 04/03/2022 it fell."));
    // Year first is unambiguous: the same value as the date written in words.
    EXPECT_EQ(value_of("On 2022-04-03 it fell."), "2022-04-03");
    EXPECT_EQ(value_of("On 2022-04-03 it fell."), value_of("On 3 April 2022 it fell."));
    // Not dates: no day or month above 12 and 31, a version, a chain of four.
    EXPECT_EQ(values("On 13/13/2022."), (Values{"number:13=13", "number:13=13", "year:2022=2022"}));
    EXPECT_EQ(values("Version 1.12.10."), (Values{"number:1.12.10=1.12.10"}));
    EXPECT_EQ(values("A 1/2/3/2020 code."),
              (Values{"number:1=1", "number:2=2", "number:3=3", "year:2020=2020"}));
}

TEST(Quantities, Decades) {
    EXPECT_EQ(values("The 1990s and the 1880's were hard."),
              (Values{"year:1990s=1990s", "year:1880's=1880s"}));
    EXPECT_NE(value_of("In the 1990s."), value_of("In the 1980s."));
    // The century is not written, so it is not guessed.
    EXPECT_EQ(values("In the '90s and the ’80s."), (Values{"year:'90s='90s", "year:’80s='80s"}));
    // An age, and thousands.
    EXPECT_EQ(values("He is in his 90s."), Values{});
    EXPECT_EQ(values("The 1000s of people."), Values{});
}

TEST(Quantities, MonthDatesAndOtherFormsStay) {
    EXPECT_EQ(values("In July 2014 she spent 2 percent of 28 of 32 budgets, in 2013."),
              (Values{"date:July 2014=2014-07", "percent:2 percent=2%", "ratio:28 of 32=28/32",
                      "year:2013=2013"}));
}

} // namespace
} // namespace redraft::claims
