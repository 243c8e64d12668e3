package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.pipeline.Pipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: each family of time expressions, with values worked out by hand against a document creation time of
 * Friday 10 November 2017 (ISO week 2017-W45).
 */
class TimexFinderTest {
    private static final OpenNlpModels MODELS = OpenNlpModels.load();
    private static final Pipeline PIPELINE = Pipeline.of(new SentenceSplitter(MODELS.sentences()),
            new Tokenizer(MODELS.tokens()), new PosTagger(MODELS.pos()), new TimexFinder());
    private static final LocalDate FRIDAY = LocalDate.of(2017, 11, 10);

    private static List<String> timexes(String text, LocalDate dct) {
        Document doc = PIPELINE.process(Article.ofText("t", text, dct));
        return doc.timexes().stream().map(t -> doc.text(t) + "@" + t.start() + "=" + t.value() + "/"
                + t.granularity().label()).toList();
    }

    private static List<String> timexes(String text) {
        return timexes(text, FRIDAY);
    }

    @Test
    void absoluteDatesInNewsForms() {
        assertThat(timexes("The treaty was signed on March 13, 2017 in Geneva."))
                .containsExactly("March 13, 2017@25=2017-03-13/day");
        assertThat(timexes("The court ruled on 2017-03-13 against the party."))
                .containsExactly("2017-03-13@19=2017-03-13/day");
        assertThat(timexes("Elections were held on 13 March 2016."))
                .containsExactly("13 March 2016@23=2016-03-13/day");
        // without a year: the nearest 20 September to 10 November 2017 is 51 days back
        assertThat(timexes("Rebels took the town on Sept 20 after a siege."))
                .containsExactly("Sept 20@24=2017-09-20/day");
        // 13 March: 2017-03-13 is 242 days back, 2018-03-13 is 123 days ahead (counted double, 246)
        assertThat(timexes("The envoy arrived on 13 March."))
                .containsExactly("13 March@21=2017-03-13/day");
        assertThat(timexes("The ceasefire collapsed in 1998.")).containsExactly("1998@27=1998/year");
    }

    @Test
    void bareWeekdayIsTheLastOneInAPastClauseAndTheNextOneInAFutureClause() {
        assertThat(timexes("The ministers met on Thursday.")).containsExactly("Thursday@21=2017-11-09/day");
        assertThat(timexes("Officials described Tuesday's raid on the camp."))
                .containsExactly("Tuesday@20=2017-11-07/day");
        // on or before the document date: a Friday story's "said on Friday" is that day
        assertThat(timexes("The army said on Friday it had withdrawn.")).containsExactly("Friday@17=2017-11-10/day");
        assertThat(timexes("The envoy will return on Monday.")).containsExactly("Monday@25=2017-11-13/day");
        assertThat(timexes("Shelling resumed late on Saturday.")).containsExactly("late on Saturday@17=2017-11-04/day");
        assertThat(timexes("The talks are resuming on Wednesday.")).containsExactly("Wednesday@26=2017-11-15/day");
    }

    @Test
    void deicticAndRelativeExpressions() {
        assertThat(timexes("The strike began yesterday.")).containsExactly("yesterday@17=2017-11-09/day");
        assertThat(timexes("Prices rose sharply last week.")).containsExactly("last week@20=2017-W44/week");
        assertThat(timexes("Troops arrived earlier in October."))
                .containsExactly("earlier in October@15=2017-10/month");
        assertThat(timexes("Fighting broke out two days ago.")).containsExactly("two days ago@19=2017-11-08/day");
        assertThat(timexes("A summit is planned for next month.")).containsExactly("next month@24=2017-12/month");
        assertThat(timexes("Trade grew this year.")).containsExactly("this year@11=2017/year");
        assertThat(timexes("Exports fell in the third quarter.")).containsExactly("the third quarter@16=2017-Q3/quarter");
        // in November, "last summer" is the summer just gone
        assertThat(timexes("Aid arrived last summer.")).containsExactly("last summer@12=2017-SU/season");
    }

    @Test
    void vagueExpressionsArePastPresentOrFutureReferences() {
        assertThat(timexes("Violence has risen recently.")).containsExactly("recently@19=PAST_REF/none");
        assertThat(timexes("Aid is now reaching the north.")).containsExactly("now@7=PRESENT_REF/none");
        assertThat(timexes("More troops will come in the months to come."))
                .containsExactly("the months to come@25=FUTURE_REF/none");
        // TimeML reads "the last few weeks" as a duration of unknown length ending now: PXW
        assertThat(timexes("The last few weeks have been tough.")).containsExactly("The last few weeks@0=PXW/none");
    }

    @Test
    void durationsAndSets() {
        assertThat(timexes("The war lasted three years.")).containsExactly("three years@15=P3Y/none");
        assertThat(timexes("They held a two-day meeting.")).containsExactly("two-day@12=P2D/none");
        assertThat(timexes("Talks went on for five hours.")).containsExactly("five hours@18=PT5H/none");
        assertThat(timexes("Patrols run daily.")).containsExactly("daily@12=P1D/none");
        // an age is not a time
        assertThat(timexes("A 6-year-old boy was hurt.")).isEmpty();
    }

    @Test
    void timesOfDayAndDecades() {
        assertThat(timexes("The blast hit at 10 a.m. near the market."))
                .containsExactly("10 a.m.@17=2017-11-10T10:00/time");
        assertThat(timexes("The rebels attacked this morning.")).containsExactly("this morning@20=2017-11-10TMO/time");
        assertThat(timexes("The conflict began in the 1990s.")).containsExactly("the 1990s@22=199/decade");
    }

    @Test
    void anaphoricDayCountsFromTheLastDateMentioned() {
        assertThat(timexes("Troops entered on Sept 20. They left the next day."))
                .containsExactly("Sept 20@18=2017-09-20/day", "the next day@37=2017-09-21/day");
    }

    @Test
    void withoutADocumentDateRelativeExpressionsStayUnresolvedAndSaySo() {
        Document doc = PIPELINE.process(Article.ofText("t", "The ministers met on Thursday in March 2017.", null));
        assertThat(doc.timexes()).extracting(Timex::value).containsExactly("XXXX-XX-XX", "2017-03");
        assertThat(doc.timexes()).extracting(Timex::anchor).containsExactly(Anchor.UNRESOLVED, Anchor.NONE);
    }

    @Test
    void wordsThatOnlyLookLikeTimesAreLeftAlone() {
        assertThat(timexes("She may march to the capital with 2000 supporters.")).isEmpty();
        assertThat(timexes("The bill won 2017 votes.")).isEmpty();
    }

    @Test
    void yearsReadOutInWords() {
        // broadcast transcripts spell years out
        assertThat(timexes("The dam was finished in nineteen eighty-four."))
                .containsExactly("nineteen eighty-four@24=1984/year");
        assertThat(timexes("Wages were frozen in April nineteen ninety-two."))
                .containsExactly("April nineteen ninety-two@21=1992-04/month");
        assertThat(timexes("The port froze in the winter of nineteen seventy."))
                .containsExactly("the winter of nineteen seventy@18=1970-WI/season");
        assertThat(timexes("Few expected the year two thousand to pass quietly."))
                .containsExactly("the year two thousand@13=2000/year");
        // "two thousand" alone is a count
        assertThat(timexes("Two thousand marchers filled the square.")).isEmpty();
    }

    @Test
    void aCountOfUnitsBeforeLaterOrEarlierIsADurationWithoutTheSignal() {
        // TimeML leaves "later" out as a SIGNAL and tags the length
        assertThat(timexes("The rebels returned three weeks later."))
                .containsExactly("three weeks@20=P3W/none");
        assertThat(timexes("A few days before, the border had closed."))
                .containsExactly("A few days@0=PXD/none");
        // one unit back from the report ("a year earlier") stays a date: 2016
        assertThat(timexes("Sales had fallen a year earlier.")).containsExactly("a year earlier@17=2016/year");
    }

    @Test
    void decimalsAndRatesAreNotTimes() {
        assertThat(timexes("The index closed at 1734.56 points.")).isEmpty();
        assertThat(timexes("The plan saves $3 million a year.")).isEmpty();
        assertThat(timexes("The carrier runs six flights a week to the island.")).isEmpty();
        assertThat(timexes("She was elected to a second term.")).isEmpty();
        // a length of time is still one
        assertThat(timexes("The siege lasted a week.")).containsExactly("a week@17=P1W/none");
    }

    @Test
    void partOfANamedDayIsATimeOnThatDay() {
        // 10 November 2017 is a Friday: the Wednesday before is 8 November
        assertThat(timexes("The shelling stopped on Wednesday night."))
                .containsExactly("Wednesday night@24=2017-11-08TNI/time");
        assertThat(timexes("Polls closed at 8 p.m. EST, Nov. 7, officials said."))
                .containsExactly("8 p.m. EST, Nov. 7@16=2017-11-07T20:00/time");
        assertThat(timexes("The polls opened at 7 a.m. EST Wednesday."))
                .containsExactly("7 a.m. EST Wednesday@20=2017-11-08T07:00/time");
        assertThat(timexes("The vote was held on Monday Nov. 6 in the capital."))
                .containsExactly("Monday Nov. 6@21=2017-11-06/day");
    }

    @Test
    void theYearOfAReportAndItsFiscalYear() {
        // "the year ended June 30" is the twelve months to that date; the date is its own expression
        assertThat(timexes("Profit rose for the year ended June 30."))
                .containsExactly("the year@16=P1Y/none", "June 30@31=2017-06-30/day");
        assertThat(timexes("Output slowed earlier in the year.")).containsExactly("earlier in the year@14=2017/year");
        assertThat(timexes("The firm expects a loss for the current fiscal year."))
                .containsExactly("the current fiscal year@28=2017/year");
        assertThat(timexes("Debt should fall by year end.")).containsExactly("year end@20=2017/year");
    }

    @Test
    void centuriesDecadesAndTheNearFuture() {
        assertThat(timexes("The chapel dates from the 12th century."))
                .containsExactly("the 12th century@22=11/century");
        assertThat(timexes("Inflation was high in the seventies.")).containsExactly("the seventies@22=197/decade");
        assertThat(timexes("No deal is likely in the near future."))
                .containsExactly("the near future@21=FUTURE_REF/none");
        assertThat(timexes("Prices may stay weak in the short term."))
                .containsExactly("the short term@24=FUTURE_REF/none");
    }

    @Test
    void setsOnACalendarPattern() {
        assertThat(timexes("The ferry sails every Thursday from the port."))
                .containsExactly("every Thursday@16=XXXX-WXX-4/none");
        assertThat(timexes("Pilgrims gather each June at the shrine.")).containsExactly("each June@16=XXXX-06/none");
        assertThat(timexes("The council meets on Mondays.")).containsExactly("Mondays@21=XXXX-WXX-1/none");
        assertThat(timexes("Curfews apply on Saturday nights.")).containsExactly("Saturday nights@17=XXXX-WXX-6TNI/none");
        assertThat(timexes("Inspectors visit every week.")).containsExactly("every week@17=P1W/none");
    }

    @Test
    void thatYearAndTheFollowingMonthPointBackToTheLastDateMentioned() {
        assertThat(timexes("The mine opened in 2009. Output doubled that year."))
                .containsExactly("2009@19=2009/year", "that year@40=2009/year");
        assertThat(timexes("The rebels signed in March 2015. The following month, fighting resumed."))
                .containsExactly("March 2015@21=2015-03/month", "The following month@33=2015-04/month");
        // nothing mentioned before: the document's year
        assertThat(timexes("Rain was scarce that year.")).containsExactly("that year@16=2017/year");
    }

    @Test
    void aMonthWithoutAYearInAFutureClauseIsTheNextOne() {
        // from 10 November 2017 the nearest August is 2017's; "will" points ahead, to August 2018
        assertThat(timexes("The envoy will visit in August.")).containsExactly("August@24=2018-08/month");
        assertThat(timexes("The envoy visited in August.")).containsExactly("August@21=2017-08/month");
        // the DCT's own month is "this" one either way
        assertThat(timexes("The census will end in November.")).containsExactly("November@23=2017-11/month");
    }

    @Test
    void halvesAndTheQuarterOfANamedYear() {
        assertThat(timexes("The trial took two and a half years.")).containsExactly("two and a half years@15=P2Y6M/none");
        assertThat(timexes("He served 3 1/2 years in prison.")).containsExactly("3 1/2 years@10=P3Y6M/none");
        assertThat(timexes("The vote took an hour and a half.")).containsExactly("an hour and a half@14=PT1H30M/none");
        // the quarter the report is about, in the year it names
        assertThat(timexes("Third-quarter profit rose to $8 million from $5 million in the 2016 quarter."))
                .containsExactly("Third-quarter@0=2017-Q3/quarter", "the 2016 quarter@59=2016-Q3/quarter");
    }

    @Test
    void currentAsTheAdjectiveOfTimeAndVagueLengths() {
        assertThat(timexes("Aid groups fear the current drought.")).containsExactly("current@20=PRESENT_REF/none");
        // the balance-of-payments account is not a time
        assertThat(timexes("The current account deficit widened.")).isEmpty();
        assertThat(timexes("A deal could come within weeks.")).containsExactly("weeks@25=PXW/none");
        assertThat(timexes("It was a matter of weeks before the vote.")).isEmpty();
    }

    @Test
    void lengthsWithAWordBetweenCountAndUnit() {
        assertThat(timexes("The lease runs for 15 more years.")).containsExactly("15 more years@19=P15Y/none");
        assertThat(timexes("The index fell for six straight days.")).containsExactly("six straight days@19=P6D/none");
        assertThat(timexes("Turnout should grow over the next couple of years."))
                .containsExactly("the next couple of years@25=P2Y/none");
    }

    @Test
    void lastYearInAQuarterlyReportIsTheYear() {
        // "a year earlier" after a quarter is that quarter a year back; "last year" is the calendar year 2016
        assertThat(timexes("Third-quarter profit rose to $8 million from $5 million a year earlier. Sales also "
                + "grew last year.")).containsExactly("Third-quarter@0=2017-Q3/quarter",
                "a year earlier@56=2016-Q3/quarter", "last year@88=2016/year");
        // "last year's" before a quarter word, and "the same period last year", name the quarter
        assertThat(timexes("Third-quarter profit beat last year's figure for the period."))
                .containsExactly("Third-quarter@0=2017-Q3/quarter", "last year@26=2016-Q3/quarter");
        assertThat(timexes("Third-quarter sales beat those of the same period last year."))
                .containsExactly("Third-quarter@0=2017-Q3/quarter", "last year@50=2016-Q3/quarter");
    }

    @Test
    void plannedThingsAndEarliestTimesLieAhead() {
        // 10 November 2017 is a Friday: the next Thursday is the 16th, the next Tuesday the 14th
        assertThat(timexes("The ministry has scheduled a hearing Thursday.")).containsExactly("Thursday@37=2017-11-16/day");
        assertThat(timexes("Farmers planned a march on Tuesday.")).containsExactly("Tuesday@27=2017-11-14/day");
        assertThat(timexes("The envoy could arrive as soon as Tuesday.")).containsExactly("Tuesday@34=2017-11-14/day");
        assertThat(timexes("The talks, set to resume Monday, were welcomed."))
                .containsExactly("Monday@25=2017-11-13/day");
        // a past clause still looks back
        assertThat(timexes("Farmers marched on Tuesday.")).containsExactly("Tuesday@19=2017-11-07/day");
    }

    @Test
    void aClockTimeIsOnTheDayLastNamed() {
        assertThat(timexes("The rebels attacked on Nov. 3. The shelling began at 10 p.m."))
                .containsExactly("Nov. 3@23=2017-11-03/day", "10 p.m.@53=2017-11-03T22:00/time");
        // no day named before it: the document's day
        assertThat(timexes("The polls closed at 8 p.m.")).containsExactly("8 p.m.@20=2017-11-10T20:00/time");
    }

    @Test
    void theYearAgoQuarterIsNotTheQuarterOfTheReport() {
        // a year before the year-ago quarter would be 2015: "a year ago" here is still 2016's third quarter
        assertThat(timexes("Third-quarter profit rose to $8 million from $5 million in the year-ago quarter. Costs were lower than a year ago.")).containsExactly("Third-quarter@0=2017-Q3/quarter",
                "the year-ago quarter@59=2016-Q3/quarter", "a year ago@103=2016-Q3/quarter");
    }

    @Test
    void holidaysOnAWeekdayRule() {
        // Thanksgiving 2017 is the fourth Thursday of November, the 23rd; in 2016 the 24th
        assertThat(timexes("Families will gather on Thanksgiving.")).containsExactly("Thanksgiving@24=2017-11-23/day");
        assertThat(timexes("Crowds shopped last Thanksgiving.")).containsExactly("last Thanksgiving@15=2016-11-24/day");
        // the Tuesday after the first Monday (6 November 2017)
        assertThat(timexes("Voters went to the polls on Election Day.")).containsExactly("Election Day@28=2017-11-07/day");
        // the first Monday of September; "Labor Party" is no day
        assertThat(timexes("The strike began on Labor Day, and the Labor Party backed it.")).containsExactly("Labor Day@20=2017-09-04/day");
        // the last Monday of May
        assertThat(timexes("The parade was held on Memorial Day.")).containsExactly("Memorial Day@23=2017-05-29/day");
    }

    @Test
    void aShiftedMonthWithItsDay() {
        // the latest 23 October before 10 November 2017, the first 5 March after it
        assertThat(timexes("The army withdrew last Oct. 23, and will return next March 5."))
                .containsExactly("last Oct. 23@18=2017-10-23/day", "next March 5@48=2018-03-05/day");
    }

    @Test
    void namesAndTitlesAreNotTimes() {
        // a month name before a capitalised word is a given name (January: the nearest, 66 days ahead counting 132)
        assertThat(timexes("Foreign minister Jan Kavan spoke in January.")).containsExactly("January@36=2018-01/month");
        assertThat(timexes("April Glaspie met the president in April.")).containsExactly("April@35=2017-04/month");
        // a programme title with both words capitalised
        assertThat(timexes("The senator said on \"This Week\" that talks had stalled this week.")).containsExactly("this week@55=2017-W45/week");
    }

    @Test
    void aWeekOrADayNamedByADate() {
        // 6 March 2018 (116 days ahead, counting 232, against 249 back) is in ISO week 10
        assertThat(timexes("Talks are set for the week of March 6.")).containsExactly("the week of March 6@18=2018-W10/week");
        // last Tuesday is 7 November; the day before it the 6th
        assertThat(timexes("Police raided the office the day before last Tuesday.")).containsExactly("the day before last Tuesday@25=2017-11-06/day");
        assertThat(timexes("Shops reopen the day after Christmas.")).containsExactly("the day after Christmas@13=2017-12-26/day");
    }

    @Test
    void thePreviousWeekdayAndThePastYear() {
        // 13 October 2017 is a Friday: the Friday before it is the 6th; "the past year" is 2016, as TimeBank reads it
        assertThat(timexes("The index closed at 2,100 on Oct. 13, down from the previous Friday. Rates rose over the past year.")).containsExactly("Oct. 13@29=2017-10-13/day",
                "the previous Friday@48=2017-10-06/day", "the past year@85=2016/year");
        // no day named before it: counted from the document's day
        assertThat(timexes("Prices fell on the following Monday.")).containsExactly("the following Monday@15=2017-11-13/day");
    }

    @Test
    void middayYearsEndAndTheFutureOfSomething() {
        assertThat(timexes("Aid arrived at midday.")).containsExactly("midday@15=2017-11-10T12:00/time");
        assertThat(timexes("The rules take effect by year's end.")).containsExactly("year's end@25=2017/year");
        // the future of a region is its prospects; the future alone is a time
        assertThat(timexes("Leaders spoke about the future of the region.")).isEmpty();
        assertThat(timexes("Leaders worry about the future.")).containsExactly("the future@20=FUTURE_REF/none");
    }

    @Test
    void aRateOfAGroupedNumberIsNoTime() {
        // "a month" after a count written with a thousands comma is a rate of that count
        assertThat(timexes("The economy added 250,000 jobs a month.")).isEmpty();
    }

    @Test
    void thePresentAgeIsNotADay() {
        assertThat(timexes("Such views are rare in today's world.")).isEmpty();
        assertThat(timexes("They want to train the leaders of tomorrow.")).isEmpty();
        // a day's own thing stays that day
        assertThat(timexes("The minister said today's edition carried the decree.")).containsExactly("today@18=2017-11-10/day");
    }

    @Test
    void theMiddleOfAPartOfTheDay() {
        assertThat(timexes("Shares rose by mid-afternoon yesterday.")).containsExactly("mid-afternoon yesterday@15=2017-11-09TAF/time");
        // alone: the part of the day last named, here none, so the document's day
        assertThat(timexes("The talks broke up by mid afternoon.")).containsExactly("mid afternoon@22=2017-11-10TAF/time");
    }

    @Test
    void theLastHalfOfAYear() {
        assertThat(timexes("Profit will fall in the last half of 2018.")).containsExactly("the last half of 2018@20=2018-H2/quarter");
    }
}
