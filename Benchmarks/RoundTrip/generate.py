#!/usr/bin/env python3
"""Writes a large English news article in Markdown for the round-trip benchmark.

    generate.py OUT.md [--mb 10] [--seed 20261125]

The text is the same on every machine and Python version: it comes from a SplitMix64
generator of our own (not the `random` module, whose algorithms may change), and only the
standard library is used. The article has a title, a subheading every 6-14 blocks, paragraphs
of 2-5 sentences hard-wrapped at 90 columns, bullet lists, block quotes, and inline markup
(**bold**, *emphasis*, [links](https://example.org/...)) so that segments carry inline codes.
Sentences average about 100 bytes, so 10 MB holds about 100,000 segments. Sizes are in MB of
UTF-8, 1 MB = 10^6 bytes; the article ends at the first block past the size asked for.
"""

import argparse
import sys
import textwrap

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, low, high):
        """An integer in low...high, both included."""
        return low + self.below(high - low + 1)

    def pick(self, items):
        return items[self.below(len(items))]

    def chance(self, percent):
        return self.below(100) < percent


FIRST = ["Kaveh", "Maryam", "Hossein", "Narges", "Reza", "Shirin", "Ali", "Leila", "Mehdi", "Fatemeh",
         "Saeed", "Parisa", "Amir", "Nasrin", "Behrouz", "Zahra", "Omid", "Azadeh", "Hamid", "Roya",
         "Farhad", "Mina", "Davood", "Sara", "Majid", "Elham", "Karim", "Niloufar", "Babak", "Golnar"]
LAST = ["Jahanbani", "Sadeghi", "Ahmadvand", "Rahimi", "Karimi", "Tehrani", "Mousavi", "Hosseini",
        "Rostami", "Ebrahimi", "Ghorbani", "Shirazi", "Farahani", "Nazari", "Kazemi", "Bagheri",
        "Moradi", "Yazdani", "Zamani", "Heidari", "Safavi", "Najafi", "Amini", "Soltani", "Ansari"]
TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Prof."]
ROLES = ["a lawyer who has represented several detained journalists", "a spokesman for the judiciary",
         "an economist at the University of Tehran", "a member of the parliament's energy committee",
         "a senior official at the Central Bank", "a researcher who studies Iran's oil industry",
         "a former deputy foreign minister", "a women's rights activist", "a teachers' union organizer",
         "the governor of the province", "a commander of the Revolutionary Guards", "a reformist analyst",
         "the head of the provincial water authority", "a doctor at a hospital in the city",
         "a shopkeeper in the old bazaar", "a retired oil worker", "a student at Sharif University"]
CITIES = ["Tehran", "Isfahan", "Mashhad", "Tabriz", "Shiraz", "Ahvaz", "Kermanshah", "Zahedan", "Rasht",
          "Qom", "Yazd", "Kerman", "Bandar Abbas", "Sanandaj", "Urmia", "Arak", "Hamadan", "Bushehr"]
PROVINCES = ["Khuzestan", "Sistan and Baluchestan", "Kurdistan", "Gilan", "Fars", "Khorasan Razavi",
             "East Azerbaijan", "Hormozgan", "Kerman", "Lorestan", "Mazandaran", "Golestan"]
INSTITUTIONS = ["the Guardian Council", "the Supreme Court", "the parliament", "the Interior Ministry",
                "the Central Bank", "the Oil Ministry", "the Foreign Ministry", "the Atomic Energy Organization",
                "the Tehran Stock Exchange", "the Statistical Center of Iran", "the Health Ministry",
                "the Education Ministry", "the Expediency Council", "the state broadcaster"]
FOREIGN = ["the United Nations", "the European Union", "the International Atomic Energy Agency",
           "the United States", "Britain", "France", "Germany", "China", "Russia", "Oman", "Qatar", "Iraq"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
GOODS = ["bread", "rice", "chicken", "cooking oil", "medicine", "gasoline", "rent", "cheese", "eggs",
         "sugar", "tea", "electricity"]
TOPICS = ["water shortages", "power cuts", "the rising price of bread", "the new hijab law",
          "the detention of journalists", "talks on the nuclear program", "the fall of the rial",
          "unpaid wages at the refinery", "air pollution in the capital", "the drought in the south",
          "internet restrictions", "the trial of the protesters", "fuel subsidies", "a strike by truck drivers"]
OUTLETS = ["Shargh", "Etemad", "Hamshahri", "Donya-e-Eqtesad", "Ham-Mihan", "Kayhan", "Ettelaat", "Jomhouri-e Eslami"]
VERBS_SAID = ["said", "told reporters", "wrote on social media", "said in an interview", "said in a statement",
              "told a news conference", "said on state television"]
ADJ = ["sharp", "modest", "sudden", "steady", "unexpected", "significant", "slight", "dramatic"]
SLUGS = ["report", "statement", "data", "verdict", "letter", "interview", "budget", "video", "survey", "ruling"]


class Writer:
    def __init__(self, rng):
        self.r = rng
        self.link_serial = 0
        self.sentences = 0

    # Pieces ------------------------------------------------------------------------------
    def name(self):
        return f"{self.r.pick(FIRST)} {self.r.pick(LAST)}"

    def titled(self):
        return f"{self.r.pick(TITLES)} {self.r.pick(LAST)}"

    def number(self, low, high):
        return f"{self.r.between(low, high):,}"

    def percent(self):
        return f"{self.r.between(1, 60)}.{self.r.below(10)} percent"

    def date(self):
        return f"{self.r.pick(MONTHS)} {self.r.between(1, 28)}"

    def link(self, text):
        self.link_serial += 1
        return f"[{text}](https://example.org/{self.r.pick(SLUGS)}/{self.link_serial})"

    def bold(self, text):
        return f"**{text}**"

    def emph(self, text):
        return f"*{text}*"

    def maybe_markup(self, text, percent=12):
        """Wraps a phrase in bold, emphasis or a link now and then."""
        if not self.r.chance(percent):
            return text
        kind = self.r.below(3)
        return self.bold(text) if kind == 0 else self.emph(text) if kind == 1 else self.link(text)

    # Sentences ----------------------------------------------------------------------------
    def sentence(self):
        self.sentences += 1
        r = self.r
        t = r.below(40)
        city, city2, prov = r.pick(CITIES), r.pick(CITIES), r.pick(PROVINCES)
        inst, foreign, day = self.maybe_markup(r.pick(INSTITUTIONS)), r.pick(FOREIGN), r.pick(DAYS)
        if t == 0:
            return f"{self.name()}, {r.pick(ROLES)}, {r.pick(VERBS_SAID)} on {day} that the situation in {city} had become “very difficult.”"
        if t == 1:
            return f"The price of {r.pick(GOODS)} has risen by {self.percent()} since {self.date()}, according to {inst}."
        if t == 2:
            return f"Protests over {r.pick(TOPICS)} were reported in {city} and {city2} on {day}, witnesses said."
        if t == 3:
            return f"{self.titled()} {r.pick(VERBS_SAID)} that {inst} would review the case within {r.between(2, 30)} days."
        if t == 4:
            return f"“We have not been paid for {r.between(2, 9)} months,” said {self.name()}, {r.pick(ROLES)}."
        if t == 5:
            return f"Officials in {prov} province said {self.number(100, 9000)} households had been without water for a week."
        if t == 6:
            return f"The rial fell to {self.number(500000, 990000)} to the dollar on the open market in {city} on {day}."
        if t == 7:
            return f"Talks with {foreign} on the nuclear program are expected to resume in Muscat after {self.date()}."
        if t == 8:
            return f"The daily {self.emph(r.pick(OUTLETS))} reported that at least {r.between(3, 80)} people had been detained in {city}."
        if t == 9:
            return f"Power cuts of up to {r.between(2, 6)} hours a day have hit factories in {prov}, the {self.link('industry association')} said."
        if t == 10:
            return f"Inflation reached {self.percent()} in {r.pick(MONTHS)}, the highest level in {r.between(2, 30)} years, {inst} said."
        if t == 11:
            return f"Did the government expect the anger over {r.pick(TOPICS)} to spread so quickly?"
        if t == 12:
            return f"{self.name()} was sentenced to {r.between(2, 12)} years in prison on charges of “propaganda against the state.”"
        if t == 13:
            return f"Schools in {city} were closed on {day} because of {r.pick(ADJ)} levels of air pollution."
        if t == 14:
            return f"The drought has left reservoirs near {city} at {r.between(3, 40)} percent of their capacity, the lowest on record."
        if t == 15:
            return f"{self.titled()}, who asked that her full name not be used, said her family now buys {r.pick(GOODS)} only once a month."
        if t == 16:
            return f"According to {self.link('official figures')}, exports of oil to China averaged {self.number(900000, 1900000)} barrels a day."
        if t == 17:
            return f"The decision drew {r.pick(ADJ)} criticism from lawmakers, who called it a {self.bold('serious mistake')}."
        if t == 18:
            return f"In {city}, truck drivers parked their vehicles along the highway for a {self.number(2, 9)}th day."
        if t == 19:
            return f"{foreign[0].upper() + foreign[1:]} called on Tehran to release the detained dual nationals “without delay.”"
        if t == 20:
            return f"The spokesman, {self.name()}, denied the reports and said the figures published abroad were “fabricated.”"
        if t == 21:
            return f"Nearly {self.percent()} of respondents in a survey by {inst} said they could not afford {r.pick(GOODS)}."
        if t == 22:
            return f"The court in {city} postponed the hearing until {self.date()} without giving a reason."
        if t == 23:
            return f"Residents of {city2} said the {r.pick(ADJ)} rise in rents had forced many young couples to move in with their parents."
        if t == 24:
            return f"Gasoline rationing, introduced in {r.pick(MONTHS)}, limits each car to {r.between(40, 90)} liters a month at the subsidized price."
        if t == 25:
            return f"{self.name()}, {r.pick(ROLES)}, said the new rules would “only make things worse for ordinary people.”"
        if t == 26:
            return f"The Foreign Ministry summoned the ambassador of {r.pick(FOREIGN[3:])} on {day} to protest the new sanctions."
        if t == 27:
            return f"State media said {self.number(10, 900)} people had been arrested in {prov} for “disturbing public order.”"
        if t == 28:
            return f"The bazaar in {city} was quiet on {day}, and many shops did not open at all."
        if t == 29:
            return f"Teachers in {r.between(12, 31)} provinces held sit-ins to demand higher wages and the release of their colleagues."
        if t == 30:
            return f"The {self.maybe_markup('budget bill', 40)} foresees spending of {self.number(2000, 6000)} trillion rials in the coming year."
        if t == 31:
            return f"“Nobody knows what will happen next,” a taxi driver in {city} said."
        if t == 32:
            return f"Hospitals in {prov} reported shortages of {r.between(20, 200)} kinds of medicine, {self.name()} said."
        if t == 33:
            return f"The blackout began at about {r.between(1, 11)} p.m. and lasted until the early morning in several districts of {city}."
        if t == 34:
            return f"{inst[0].upper() + inst[1:]} rejected the candidate without explanation, his campaign said on {day}."
        if t == 35:
            return f"An earthquake of magnitude {r.between(4, 6)}.{r.below(10)} struck near {city} early on {day}, damaging dozens of homes."
        if t == 36:
            return f"Analysts said the move was aimed at calming the currency market before the new year holidays."
        if t == 37:
            return f"{self.name()} has been held in Evin Prison since {self.date()}, her husband said."
        if t == 38:
            return f"The government has promised {self.number(3, 40)} new dams, but critics say they will make the drought worse."
        return f"Why has {inst} remained silent about {r.pick(TOPICS)} in {city}?"

    # Blocks -------------------------------------------------------------------------------
    def paragraph(self):
        text = " ".join(self.sentence() for _ in range(self.r.between(2, 5)))
        if self.r.chance(20):
            text = f"{self.r.pick(CITIES).upper()}, {self.date()} — " + text
        return textwrap.fill(text, width=90, break_on_hyphens=False, break_long_words=False)

    def list_block(self):
        items = [f"- {self.sentence()}" for _ in range(self.r.between(3, 5))]
        return f"{self.r.pick(['Among the measures announced', 'The main points', 'What the report found', 'Key figures'])}:\n\n" \
            + "\n".join(items)

    def quote(self):
        return "> " + self.sentence() + " " + self.sentence()

    def heading(self, serial):
        topic = self.r.pick(TOPICS)
        return f"## {topic[0].upper() + topic[1:]}: the view from {self.r.pick(CITIES)} ({serial})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--mb", type=float, default=10.0, help="size in MB (10^6 bytes); default 10")
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    limit = int(args.mb * 1_000_000)
    writer = Writer(SplitMix64(args.seed))
    blocks = ["# Iran: a year of shortages, protests and trials", writer.paragraph()]
    size = sum(len(b.encode()) + 2 for b in blocks)
    serial, until_heading = 1, 6
    while size < limit:
        until_heading -= 1
        if until_heading <= 0:
            block = writer.heading(serial)
            serial += 1
            until_heading = writer.r.between(6, 14)
        elif writer.r.chance(5):
            block = writer.list_block()
        elif writer.r.chance(4):
            block = writer.quote()
        else:
            block = writer.paragraph()
        blocks.append(block)
        size += len(block.encode()) + 2
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n\n".join(blocks) + "\n")
    print(f"{args.output}: {size:,} bytes, {len(blocks):,} blocks, {writer.sentences:,} sentences", file=sys.stderr)


if __name__ == "__main__":
    main()
