// The quantity reader: amounts with a currency or a scale, spans of years, dates written in
// digits, decades; and regressions on input the fuzzers found.
#include <redraft/text/footnotes.hpp>
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

// A sentence is searched for a digit sixteen bytes at a time, then eight: a digit in any place of
// a block is found, before or after UTF-8 bytes whose low seven bits read as digits ("°" is
// C2 B0), and the bytes next to the digits ('/', ':') are none.
TEST(Quantities, ADigitIsFoundWhereverItStands) {
    for (std::size_t pad = 0; pad < 41; ++pad) {
        const std::string filler = "\xC3\x9C"
                                   "ber \xC2\xB0 " +
                                   std::string(pad, 'x');
        for (const char digit : std::string("0123456789")) {
            const Values expected = {std::string("number:") + digit + "=" + digit};
            const std::string inside = filler + " " + digit + " ships.";
            EXPECT_EQ(values(inside), expected) << inside;
            const std::string last = filler + " ships: " + digit;
            EXPECT_EQ(values(last), expected) << last;
        }
    }
    EXPECT_TRUE(values("\xC2\xB0\xC2\xB1 ships, and none at all.").empty());
    EXPECT_TRUE(
        values("Ships//::, and none at all, in forty-two ports // cities :: here.").empty());
}

// qa10-8, qa11-12: a number is compared by its value: thousands separators and trailing zeros
// after the point are no part of it.
TEST(Quantities, EqualNumbersWrittenDifferentlyHaveOneValue) {
    EXPECT_EQ(value_of("She offered a 5% rise."), value_of("She offered a 5.0% rise."));
    EXPECT_EQ(value_of("She offered a 5.5 percent rise."), "5.5%");
    EXPECT_EQ(value_of("She offered a 5.50% rise."), "5.5%");
    EXPECT_EQ(value_of("It took 2.0 weeks."), "2");
    EXPECT_EQ(value_of("She hired 12,000 nurses."), "12000");
}

// A four-digit number before a plural noun counts things; after a word that leads to a year, or
// before anything else, it is a year.
TEST(Quantities, AFourDigitNumberBeforeAPluralNounIsACount) {
    EXPECT_EQ(values("Marsh cut 1400 jobs."), (Values{"number:1400=1400"}));
    EXPECT_EQ(values("Marsh cut 1,400 jobs."), (Values{"number:1,400=1400"}));
    EXPECT_EQ(values("She hired 2000 people."), (Values{"number:2000=2000"}));
    EXPECT_EQ(values("In 2019 managers left."), (Values{"year:2019=2019"}));
    EXPECT_EQ(values("The 2019 elections went badly."), (Values{"year:2019=2019"}));
    EXPECT_EQ(values("Marsh's 2019 targets were missed."), (Values{"year:2019=2019"}));
    EXPECT_EQ(values("She left in 2019."), (Values{"year:2019=2019"}));
    EXPECT_EQ(values("A 2019 report was damning."), (Values{"year:2019=2019"}));
}

// qa11: a month after a word of time is a date of no named year; "May" alone may be a verb and
// "April" a given name.
TEST(Quantities, AMonthAfterAWordOfTimeIsADate) {
    EXPECT_EQ(values("Murtagh was sacked in March."), (Values{"date:March=--03"}));
    EXPECT_EQ(values("Murtagh has led since October, by his own account."),
              (Values{"date:October=--10"}));
    EXPECT_NE(value_of("He was sacked in March."), value_of("He was sacked in October."));
    EXPECT_EQ(values("May was prime minister."), (Values{}));
    EXPECT_EQ(values("She met April Jones."), (Values{}));
    EXPECT_EQ(values("In June Smith resigned."), (Values{}));
    // October is no given name: the comma after an opening time phrase is optional.
    EXPECT_EQ(values("In October Reyes announced a review."), (Values{"date:October=--10"}));
    EXPECT_EQ(values("In October, Reyes announced a review."), (Values{"date:October=--10"}));
    // A month name before a verb is a person: Theresa May, not the month.
    EXPECT_EQ(values("The party split after May resigned."), (Values{}));
    EXPECT_EQ(values("Critics argued that May was weak, and since May took office little changed."),
              (Values{}));
}

// Every month's name is told by its first letter before its text is compared (Reader::
// may_be_month): each is found, with and without a digit in the sentence, and no word with
// another initial is read as one.
TEST(Quantities, EveryMonthIsFoundByItsInitial) {
    const std::vector<std::string> months = {"January",   "February", "March",    "April",
                                             "May",       "June",     "July",     "August",
                                             "September", "October",  "November", "December"};
    for (std::size_t m = 0; m < months.size(); ++m) {
        const std::string number = (m + 1 < 10 ? "0" : "") + std::to_string(m + 1);
        EXPECT_EQ(values("The talks began in " + months[m] + "."),
                  (Values{"date:" + months[m] + "=--" + number}));
        EXPECT_EQ(values("The talks began in " + months[m] + " 2019."),
                  (Values{"date:" + months[m] + " 2019=2019-" + number}));
    }
    EXPECT_EQ(values("The talks began in Zanuary, then in Tuesday, then in Ulay 2019."),
              (Values{"year:2019=2019"}));
}

// The analysis searches every sentence with one QuantityScratch: what a sentence before marked or
// found (a longer one, footnote markers, citations, amounts) changes nothing in the next.
TEST(Quantities, AReusedScratchFindsWhatAFreshSearchFinds) {
    const std::vector<std::string> sentences = {
        "In March 2019 she spent $1.2 billion on 3,000 ships (Smith 2019), a cut of 4%.[1]",
        "She had 7 ships.",
        "The cut came in 2020-21 and again in the 1990s.",
        "No digit here, sacked in May.",
        "By 12 May 2014 about 2 percent of 28 of 32 were gone.[^2]",
        "1 2 3"};
    QuantityScratch scratch;
    for (int round = 0; round < 2; ++round) {
        for (const std::string& sentence : sentences) {
            const auto tokens = text::tokenize(sentence);
            const auto reused = find_quantities(sentence, tokens, scratch);
            const auto fresh = find_quantities(sentence, tokens);
            ASSERT_EQ(reused.size(), fresh.size()) << sentence;
            for (std::size_t q = 0; q < fresh.size(); ++q) {
                EXPECT_EQ(reused[q].text, fresh[q].text) << sentence;
                EXPECT_EQ(reused[q].value, fresh[q].value) << sentence;
            }
        }
    }
}

TEST(Quantities, AScaleWordIsPartOfTheValue) {
    EXPECT_EQ(values("She spent $1.2 billion on the rescue."),
              (Values{"money:$1.2 billion=USD 1200000000"}));
    EXPECT_NE(value_of("She spent $1.2 billion."), value_of("She spent $1.2 million."));
    EXPECT_EQ(values("It cost 1.2 million, then 3 thousand, then 2 TRILLION."),
              (Values{"number:1.2 million=1200000", "number:3 thousand=3000",
                      "number:2 TRILLION=2000000000000"}));
    EXPECT_EQ(values("Some 4 lakh and 2 crore."),
              (Values{"number:4 lakh=400000", "number:2 crore=20000000"}));
}

TEST(Quantities, GluedScalesAndAbbreviations) {
    // The tokenizer keeps "300m" as one word after the sign "£".
    EXPECT_EQ(values("She spent £300m, $5bn and €2.5tn."),
              (Values{"money:£300m=GBP 300000000", "money:$5bn=USD 5000000000",
                      "money:€2.5tn=EUR 2500000000000"}));
    EXPECT_NE(value_of("She spent £300m."), value_of("She spent £900m."));
    EXPECT_EQ(values("Deals of $10k, $5B, $7M and $3 bn."),
              (Values{"money:$10k=USD 10000", "money:$5B=USD 5000000000", "money:$7M=USD 7000000",
                      "money:$3 bn=USD 3000000000"}));
    EXPECT_EQ(
        values("Losses of 4bn, 2.5mn and 3 tn."),
        (Values{"number:4bn=4000000000", "number:2.5mn=2500000", "number:3 tn=3000000000000"}));
}

TEST(Quantities, OneLetterScalesNeedACurrency) {
    // Metres and kilometres, not millions and thousands.
    EXPECT_EQ(values("He won the 300m race and a 10k run."), Values{});
    EXPECT_EQ(values("He spent 300 m."), (Values{"number:300=300"}));
}

TEST(Quantities, EqualAmountsWrittenDifferentlyAreEqual) {
    for (const std::string amount :
         {"$1.2bn", "$1.2 billion", "US$1.2bn", "1.2 billion dollars", "$1,200 million",
          "$1,200,000,000", "USD 1.2 billion", "$1.20bn", "1.2bn USD"}) {
        EXPECT_EQ(value_of("She spent " + amount + " on it."), "USD 1200000000") << amount;
    }
    for (const std::string amount :
         {"€6bn", "€ 6 billion", "6 billion euros", "EUR 6bn", "6bn EUR", "6,000,000,000 €"}) {
        const auto found = quantities_in("A fund of " + amount + ".");
        ASSERT_FALSE(found.empty()) << amount;
        EXPECT_EQ(found.back().value, "EUR 6000000000") << amount;
    }
    EXPECT_EQ(value_of("It cost $5.50."), "USD 5.5");
    EXPECT_EQ(value_of("It cost $0.25bn."), "USD 250000000");
    EXPECT_EQ(value_of("It cost $1.234567 thousand."), "USD 1234.567");
}

TEST(Quantities, CurrencySignsAndCodes) {
    EXPECT_EQ(value_of("It cost ¥500."), "JPY 500");
    EXPECT_EQ(value_of("It cost ₹40 lakh."), "INR 4000000");
    EXPECT_EQ(value_of("It cost C$5m."), "CAD 5000000");
    EXPECT_EQ(value_of("It cost HK$5m."), "HKD 5000000");
    EXPECT_EQ(value_of("It cost CN¥5bn."), "CNY 5000000000");
    EXPECT_EQ(value_of("It cost Z$5m."), "Z$ 5000000"); // letters unknown: as written
    EXPECT_EQ(value_of("It cost ₡500."), "₡ 500");      // any currency sign counts
    EXPECT_EQ(value_of("It cost CHF 40 million."), "CHF 40000000");
    EXPECT_EQ(value_of("It cost RMB 40 million."), "CNY 40000000");
    EXPECT_EQ(value_of("It cost 300 €."), "EUR 300");
    EXPECT_EQ(value_of("It cost 5 million yen."), "JPY 5000000");
    EXPECT_EQ(values("The text says US$5bn."), (Values{"money:US$5bn=USD 5000000000"}));
    // Capitals that are words, not codes.
    EXPECT_EQ(values("ALL 5 MEMBERS AGREED."), (Values{"number:5=5"}));
    // Different currencies are different amounts.
    EXPECT_NE(value_of("It cost $5m."), value_of("It cost £5m."));
}

TEST(Quantities, HyphenatedScales) {
    EXPECT_EQ(values("A $1.2-billion deal."), (Values{"money:$1.2-billion=USD 1200000000"}));
    EXPECT_EQ(values("A 6 billion-euro fund."), (Values{"money:6 billion-euro=EUR 6000000000"}));
}

TEST(Quantities, PricesOfAYearAreNoAmount) {
    EXPECT_EQ(values("It cost $5bn in 2010 dollars."),
              (Values{"money:$5bn=USD 5000000000", "year:2010=2010"}));
    EXPECT_EQ(values("She paid 1500 euros."), (Values{"money:1500 euros=EUR 1500"}));
}

TEST(Quantities, SpansOfYearsAreOneQuantity) {
    EXPECT_EQ(values("The 2020-21 season and the 2023/24 budget."),
              (Values{"year:2020-21=2020-2021", "year:2023/24=2023-2024"}));
    EXPECT_EQ(value_of("In 2020/21 it won."), value_of("In 2020-2021 it won."));
    EXPECT_EQ(value_of("In 1999–2000 it won."), "1999-2000");
    EXPECT_EQ(value_of("In 1998-02 it won."), "1998-2002");
    EXPECT_EQ(value_of("In 1939-45 it fought."), "1939-1945");
    EXPECT_NE(value_of("In 2020-21 it won."), value_of("In 2021-22 it won."));
    // Not spans of years: a year and a number, a score (one number since task s3), years apart,
    // an end before the start.
    EXPECT_EQ(values("In 2022-04 it won."), (Values{"year:2022=2022", "number:04=04"}));
    EXPECT_EQ(values("A 4-0 defeat."), (Values{"number:4-0=4-0"}));
    EXPECT_EQ(values("From 2019 - 2020."), (Values{"year:2019=2019", "year:2020=2020"}));
    EXPECT_EQ(values("In 2021-2020 it won."), (Values{"year:2021=2021", "year:2020=2020"}));
}

TEST(Quantities, SpansOfYearsInWordsAreTheSameSpan) {
    EXPECT_EQ(values("She served between 1914 and 1918."),
              (Values{"year:between 1914 and 1918=1914-1918"}));
    EXPECT_EQ(value_of("She served from 1914 to 1918."), value_of("She served in 1914-1918."));
    EXPECT_EQ(value_of("She served from 1914 until 1918."), value_of("She served in 1914–18."));
    // Not a span: the end before the start, other words between, a span glued to more.
    EXPECT_EQ(values("between 1918 and 1914").size(), 2u);
    EXPECT_EQ(values("from 1914 and 1918").size(), 2u);
    EXPECT_EQ(values("from 1914 to 1918-19").size(), 2u);
}

TEST(Quantities, AuthorYearCitationsAreNoQuantities) {
    // The years and pages of a source are no numbers of the text.
    for (const char* cited :
         {"She was careful (Smith 2019).", "She was careful (Smith and Jones, 2019, p. 4).",
          "She was careful (Okafor et al. 2003; Lee 2004a).",
          "She was careful (see Smith 2019: 45).", "She was careful (Smith 2019, 2021).",
          "She was careful (van der Berg & Lee, 2019, pp. 4-7).",
          "Smith (2019) argues that she was careful.",
          "Smith et al. (2019a), for one, disagree."}) {
        EXPECT_TRUE(values(cited).empty()) << cited;
    }
    // What is no citation keeps its numbers: a month, a life's span, a place or event after an
    // article or preposition, words that are no names, a year with nothing after it.
    EXPECT_EQ(values("She resigned (March 2019)."), (Values{"date:March 2019=2019-03"}));
    EXPECT_EQ(values("Anna Berg (1921–1990) was a chemist.").size(), 1u);
    EXPECT_EQ(values("the Congress of Vienna (1815) was a success").size(), 1u);
    EXPECT_EQ(values("She cut costs (by 14% in 2019).").size(), 2u);
    EXPECT_EQ(values("She cut 400 jobs (Smith 2019).").size(), 1u);
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

// QA pass C: quarters and halves of a year are dates, so that "Q3 2024" -> "Q4 2024" is a
// change; without a year, "Q3" is no quantity.
TEST(Quantities, QuartersAndHalvesOfAYear) {
    EXPECT_EQ(values("Revenue rose in Q3 2024 and in H1 2023."),
              (Values{"date:Q3 2024=2024-Q3", "date:H1 2023=2023-H1"}));
    EXPECT_NE(value_of("Revenue rose in Q3 2024."), value_of("Revenue rose in Q4 2024."));
    EXPECT_EQ(values("Revenue rose in Q3."), Values{});
    EXPECT_EQ(values("The Q5 2024 model."), (Values{"year:2024=2024"}));
}

TEST(Quantities, MonthDatesAndOtherFormsStay) {
    EXPECT_EQ(values("In July 2014 she spent $5bn, 2 percent of 28 of 32 budgets, in 2013."),
              (Values{"date:July 2014=2014-07", "money:$5bn=USD 5000000000", "percent:2 percent=2%",
                      "ratio:28 of 32=28/32", "year:2013=2013"}));
}

TEST(Quantities, FootnoteMarkersAreNoNumbers) {
    EXPECT_EQ(values("Rutte was an able administrator.[2]"), Values{});
    EXPECT_EQ(values("Rutte was an able administrator[12] and a negotiator.[3, 4]"), Values{});
    EXPECT_EQ(values("Rutte was an able administrator.[^1]"), Values{});
    EXPECT_EQ(values("Rutte led 4 cabinets[^1] over 14 years.[5-7]"),
              (Values{"number:4=4", "number:14=14"}));
    EXPECT_EQ(values("Rutte led 4 cabinets\xC2\xB9 from 2010.\xC2\xB2\xE2\x81\xB0"),
              (Values{"number:4=4", "year:2010=2010"}));
    // Renumbering footnotes changes no quantity.
    EXPECT_EQ(values("In 2014[^1] he spoke of 298 victims.[^2]"),
              values("In 2014[^2] he spoke of 298 victims.[^3]"));
}

// A sentence is searched for footnote markers only where one may be: never where
// text::footnote_markers would find one and is not asked. Curly quotes and dashes share their
// first byte with the superscripts ⁰ and ⁴ to ⁹ (0xE2), "©" and "±" theirs with ¹ ² ³ (0xC2):
// those alone are passed over, and a superscript after them is still found.
TEST(Quantities, SentencesWithoutAFootnoteMarkerAreNotSearchedForOne) {
    const std::vector<std::string> without = {
        "Rutte led 4 cabinets from 2010.", "\u201cRutte\u2019s\u201d 4 cabinets \u2014 from 2010.",
        "\u00a9 2010 \u00b1 4 \u2013 5", ""};
    for (const std::string& sentence : without) {
        EXPECT_FALSE(may_hold_footnote_marker(sentence)) << sentence;
        EXPECT_TRUE(text::footnote_markers(sentence).empty()) << sentence;
    }
    const std::vector<std::string> with = {
        "Rutte\u2019s 4 cabinets\u2074 \u2014 \u201cfrom 2010\u201d.",
        "\u201cRutte\u2019s\u201d \u00a9 4 cabinets \u2014 from 2010.\u00b3",
        "\u201cRutte\u201d led 4 cabinets.\u2070", "He led 4 cabinets.[2]"};
    for (const std::string& sentence : with) {
        EXPECT_TRUE(may_hold_footnote_marker(sentence)) << sentence;
        EXPECT_FALSE(text::footnote_markers(sentence).empty()) << sentence;
    }
    EXPECT_EQ(values("Rutte\u2019s 4 cabinets\u2074 \u2014 \u201cfrom 2010\u201d.\u2075"),
              (Values{"number:4=4", "year:2010=2010"}));
}

TEST(Quantities, NumbersInBracketsThatAreNoMarkersStay) {
    // Spaced from the word before, or opening the sentence, or a year, or a link: read.
    EXPECT_EQ(values("He said so [2] times."), (Values{"number:2=2"}));
    EXPECT_EQ(values("[3] Smith wrote 12 pages."), (Values{"number:3=3", "number:12=12"}));
    EXPECT_EQ(values("He left office[2024]."), (Values{"year:2024=2024"}));
    EXPECT_EQ(values("See the report[2](notes.html)."), (Values{"number:2=2"}));
}

// Task s1 (poll numbers in a candidate's profile): a count in words before a unit of polls
// and shares is a number ("up three points" -> "up four points" is a number changed), a
// percent before "per cent" or "percent"; other counts in words are not read, nor a singular
// "point" without "percentage" ("at one point she said"), nor the compound "a three-point lead".
TEST(Quantities, CountsInWordsBeforeAUnitOfPolls) {
    EXPECT_EQ(values("She is up three points since September."),
              (Values{"number:three points=3", "date:September=--09"}));
    // The compound in words is not read (docs/assessment.md, Known limits); in digits it is.
    EXPECT_EQ(values("She has a three-point lead."), Values{});
    EXPECT_EQ(values("Two percentage points separate them, and one percentage point more."),
              (Values{"number:Two percentage points=2", "number:one percentage point=1"}));
    EXPECT_EQ(values("She won five per cent, then ten percent, then twenty-five points."),
              (Values{"percent:five per cent=5%", "percent:ten percent=10%",
                      "number:twenty-five points=25"}));
    // With digits elsewhere in the sentence, the same.
    EXPECT_EQ(values("She polled 41%, up three points."),
              (Values{"percent:41%=41%", "number:three points=3"}));
    // Not counts of polls.
    EXPECT_EQ(values("At one point she said so."), Values{});
    EXPECT_EQ(values("She made a point of it, and two of them left."), Values{});
    // Task s2, seventeenth session: before a plural unit of time a count in words is read.
    EXPECT_EQ(values("She left three weeks later."), (Values{"number:three weeks=3"}));
    EXPECT_EQ(values("The point-blank refusal came at a three-way meeting."), Values{});
}

// Task s1: a range whose second number carries the percent gives it to the first ("from 35 to
// 38 per cent": two shares, so 35 -> 36 there is a share changed, never a count), only where
// the words say it is a range; "rose by 2 to 38%" is a change in points and its result.
TEST(Quantities, APercentRangeIsTwoShares) {
    EXPECT_EQ(values("She rose from 35 to 38 per cent."),
              (Values{"percent:35=35%", "percent:38 per cent=38%"}));
    EXPECT_EQ(values("She polls between 35 and 40 percent."),
              (Values{"percent:35=35%", "percent:40 percent=40%"}));
    EXPECT_EQ(values("She polls 35-38% in the north."),
              (Values{"percent:35=35%", "percent:38%=38%"}));
    EXPECT_EQ(values("She rose by 2 to 38%."), (Values{"number:2=2", "percent:38%=38%"}));
    EXPECT_EQ(values("Her seats rose from 35 to 38 after 5% more votes."),
              (Values{"number:35=35", "number:38=38", "percent:5%=5%"}));
}

// Task s1: a number glued by a hyphen to what it counts ("a 5-point lead", "a 10-year plan") is
// a number, where it was none; an ordinal or a decade with a word, and a scale, are as before.
TEST(Quantities, ANumberHyphenatedToItsUnitIsANumber) {
    EXPECT_EQ(values("She has a 5-point lead and a 2.5-point gain."),
              (Values{"number:5-point=5", "number:2.5-point=2.5"}));
    EXPECT_EQ(values("She announced a 10-year plan."), (Values{"number:10-year=10"}));
    EXPECT_EQ(values("She restored a 14th-century church in a 1990s-style campaign."), Values{});
    EXPECT_EQ(values("She approved a 1.2-billion budget."),
              (Values{"number:1.2-billion=1200000000"}));
}

} // namespace
} // namespace redraft::claims
