"""SW2 attribution battery: short invented texts (fictional people and bodies, real places) in shapes the SW
batteries did not cover: Q&A introduced by a standfirst or an edited-transcript line, bold questions with
unlabelled answers, web excerpts with byline and speaker on one line, quoting captions, quoted social-media
posts, present-tense "claims" / "insists" / "maintains" / "admits", attribution after a colon, "according to"
in the middle of a sentence, double attribution ("said, adding that"), and quotation marks of other
languages (« », „ “, 「」).

Each case is (outlet, text, expectations); an expectation is (fragment, speaker head or None for the outlet's
voice, kind letter, source id), as in ``battery_sw_cases1``.

First pass (before the fixes it prompted): speaker wording 0.672 (45/67), same source F1 1.000. After the fixes:
speaker 0.925 (62/67), same source 1.000; the misses left are sentence kinds (a byline line that also
holds the speaker, "Pictured:" and "Photo:" captions, a one-line text read as a headline) and "a user who
identified herself as a former employee"."""

from __future__ import annotations

Case = tuple[str | None, str, list[tuple[str, str | None, str, str]]]

CASES: list[Case] = [
    # ---- Q&A introduced by a standfirst or a transcript line
    (None, "The following is an edited transcript of our conversation with Nadia Forsberg, a labour "
     "inspector in Gdansk.\nQ: How many workers did you find?\nA: We found forty men living in two "
     "shipping containers.", [("forty men living", "Nadia Forsberg", "F", "a")]),
    (None, "What follows is a condensed version of our interview with Rashid Kamal, who spent three years "
     "on a fishing boat.\nQ: Were you paid?\nA: Never. The captain kept every payslip.",
     [("captain kept every payslip", "Rashid Kamal", "N", "a")]),
    (None, "This interview with Dolores Vance has been edited for length and clarity.\nQ: What did the "
     "recruiter promise?\nA: He promised a hotel job in Dubai. I ended up cleaning houses with no day off.",
     [("no day off", "Dolores Vance", "N", "a")]),
    (None, "We spoke to Tomasz Wilk, an organiser with the Silesian Miners Guild.\nQ: What happens to "
     "workers who complain?\nA: They are moved to the night shift and their bonuses vanish.",
     [("moved to the night shift", "Tomasz Wilk", "N", "a")]),
    (None, "Interview: Halima Osei\nQ: When did you leave the farm?\nA: In June, after the owner took my "
     "phone.", [("owner took my phone", "Halima Osei", "N", "a")]),
    # ---- bold questions, answers without labels
    (None, "Below, Priya Natarajan, a researcher at the Chennai Labour Forum, answers our questions.\n"
     "**How common is debt bondage in the mills?**\nIt is everywhere. Most girls arrive owing a year's "
     "wages.", [("arrive owing", "Priya Natarajan", "N", "a")]),
    (None, "We asked Marco Bellini, a union lawyer in Naples, about the tomato harvest.\n"
     "**What are the worst cases you have seen?**\nPickers sleeping in sheds, paid three euros an hour.",
     [("three euros an hour", "Marco Bellini", "N", "a")]),
    # ---- interviewee named only in the headline
    (None, "Oksana Lenko: 'They kept our passports in a safe'\nQ: How did you find the job?\nA: Through an "
     "agency in Lviv that promised work in a bakery.", [("agency in Lviv", "Oksana Lenko", "N", "a")]),
    (None, "'Nobody could leave': a conversation with Ibrahim Tahir\nQ: What was the camp like?\nA: Guards "
     "at the gate, and a fence with wire on top.", [("fence with wire", "Ibrahim Tahir", "N", "a")]),
    # ---- web excerpts with byline and speaker on one line
    (None, "By Karen Hollis | 4 March 2025 | Pedro Alvarez, a farmhand in Huelva, said the foreman "
     "withheld his wages for two months.", [("withheld his wages", "Pedro Alvarez", "N", "a")]),
    (None, "Posted by Sam Okoro on 12 May. Workers at the quarry say they were beaten for resting, "
     "according to Femi Adeyemi of the Ogun Rights Desk.", [("beaten for resting", "Femi Adeyemi", "N", "a")]),
    (None, "Written by Julia Marsh. Updated 3 hours ago. \"We slept twelve to a room,\" said Anh Pham, "
     "a former electronics worker.", [("twelve to a room", "Anh Pham", "N", "a")]),
    # ---- captions that quote someone
    (None, "'We never rested,' says Tran Van Minh, 31, pictured at his home in Nghe An province.",
     [("never rested", "Tran Van Minh", "N", "a")]),
    (None, "\"They took everything,\" says Aisha Bello, 24, photographed outside a shelter in Kano.",
     [("took everything", "Aisha Bello", "N", "a")]),
    (None, "Rosa Quispe, 45, at her stall in Cusco. \"The mine paid us in vouchers,\" she says.",
     [("paid us in vouchers", "Rosa Quispe", "N", "a")]),
    (None, "Pictured: Dmitri Sokol, a welder from Minsk, who says his contract was changed on arrival.",
     [("contract was changed", "Dmitri Sokol", "N", "a")]),
    (None, "Photo: Maria Santos / Lumen Photo Agency. 'I worked for a year without a day off,' Joy "
     "Dela Cruz said.", [("without a day off", "Joy Dela Cruz", "N", "a")]),
    # ---- social-media posts quoted
    (None, "\"Another worker collapsed in the heat today,\" Karim Haddad wrote on X.",
     [("collapsed in the heat", "Karim Haddad", "N", "a")]),
    (None, "In a Facebook post, Lina Moretti said the agency had confiscated the workers' residence "
     "cards.", [("confiscated", "Lina Moretti", "N", "a")]),
    (None, "Shortly after the raid, the Andhra Brick Workers Forum posted on Instagram that forty children "
     "had been rescued.", [("forty children", "Andhra Brick Workers Forum", "O", "a")]),
    (None, "\"No pay for three months and no way home,\" read a post on Telegram by Sergei Volkov, a "
     "driver stranded in Almaty.", [("no way home", "Sergei Volkov", "N", "a")]),
    (None, "Writing on LinkedIn, Hannah Lee, a compliance auditor, said she had found locked fire exits "
     "at two suppliers.", [("locked fire exits", "Hannah Lee", "N", "a")]),
    (None, "A Weibo user who identified herself as a former employee wrote that overtime was "
     "compulsory.", [("overtime was compulsory", "user", "A", "a")]),
    # ---- present-tense reported speech
    (None, "Kofi Mensah claims the cocoa buyer kept his identity card as security for a loan.",
     [("identity card as security", "Kofi Mensah", "N", "a")]),
    (None, "The company insists that every worker signed a contract in their own language.",
     [("signed a contract", "company", "O", "a")]),
    (None, "Vera Novak maintains that she was never told she could leave.",
     [("never told she could leave", "Vera Novak", "N", "a")]),
    (None, "The recruiter admits he charged each worker a fee of 2,000 dollars.",
     [("fee of 2,000 dollars", "recruiter", "A", "a")]),
    (None, "Greenfield Poultry denies that its staff were locked in, but concedes that the gates were "
     "shut at night.", [("staff were locked in", "Greenfield Poultry", "O", "a")]),
    (None, "The labourers, Samuel Ortiz contends, were paid less than half the minimum wage.",
     [("less than half", "Samuel Ortiz", "N", "a")]),
    (None, "Workers were housed behind barbed wire, alleges a complaint filed by the Mekong Justice "
     "Centre.", [("barbed wire", "complaint", "D", "a")]),
    # ---- attribution after a colon
    (None, "The manager's answer: the workers could leave whenever they wanted.",
     [("leave whenever", "manager", "A", "a")]),
    (None, "Her verdict on the plantation: \"It is slavery with a payroll.\"",
     [("slavery with a payroll", None, "U", "a")]),
    (None, "Eduardo Rivas, a former cane cutter, sums it up: \"We worked until we fell.\"",
     [("worked until we fell", "Eduardo Rivas", "N", "a")]),
    (None, "The ministry's response: an inspection found no evidence of forced labour.",
     [("no evidence of forced labour", "ministry", "F", "a")]),
    (None, "Asked why the doors were locked, the supervisor had a short reply: \"For safety.\"",
     [("For safety", "supervisor", "A", "a")]),
    (None, "The union's demand is simple, says Grace Mwangi: pay the workers what they are owed.",
     [("pay the workers", "Grace Mwangi", "N", "a")]),
    # ---- 'according to' in the middle of a sentence
    (None, "The workers were, according to a Dandong trader, sent home without their final month's pay.",
     [("sent home without", "trader", "A", "a")]),
    (None, "Most of the crew had, according to Captain Ilya Moroz, never been to sea before.",
     [("never been to sea", "Ilya Moroz", "N", "a")]),
    (None, "The fees charged by brokers rose sharply last year and, according to the Kathmandu Migrant "
     "Centre, now exceed a year's wages.", [("exceed a year's wages", "Kathmandu Migrant Centre", "O", "a")]),
    (None, "Children as young as ten worked at the kilns, which, according to a district officer, had no "
     "licence.", [("had no licence", "district officer", "F", "a")]),
    (None, "The factory in Dhaka — according to two former employees — locked its doors during "
     "shifts.", [("locked its doors", "two former employees", "A", "a")]),
    # ---- double attribution
    (None, "The shelter took in 60 women last year, the source said, adding that most had been "
     "trafficked from Nepal.", [("60 women", "source", "A", "a"), ("trafficked from Nepal", "source", "A", "a")]),
    (None, "Andrea Costa said the pickers worked fourteen hours a day, adding that none had a written "
     "contract.", [("fourteen hours", "Andrea Costa", "N", "a")]),
    (None, "A police spokesman confirmed the arrests and added that the victims had been held for six "
     "months.", [("held for six months", "spokesman", "F", "a")]),
    (None, "\"We were treated like machines,\" said Lwazi Dlamini, adding: \"Nobody asked if we were "
     "sick.\"", [("like machines", "Lwazi Dlamini", "N", "a")]),
    (None, "The inspector, who asked not to be named, said the boats stayed at sea for a year, and "
     "added that the crews were never paid in cash.", [("stayed at sea", "inspector", "A", "a")]),
    # ---- quotation marks of other languages
    (None, "«On ne pouvait pas partir», a déclaré Amadou Diallo, un ouvrier agricole.",
     [("pouvait pas partir", "Amadou Diallo", "N", "a")]),
    (None, "« Nous travaillions la nuit », explique Fatou Sow, ancienne employée d'une usine à Dakar.",
     [("travaillions la nuit", "Fatou Sow", "N", "a")]),
    (None, "\u201eWir durften nicht gehen\u201c, sagte Jonas Keller, ein Erntehelfer aus Brandenburg.",
     [("durften nicht gehen", "Jonas Keller", "N", "a")]),
    (None, "「我们没有休息日」, said Chen Lihua, a former worker at an electronics plant in Shenzhen.",
     [("没有休息日", "Chen Lihua", "N", "a")]),
    (None, "\u00abThey locked the gate every night,\u00bb said Bogdan Ilic, a builder from Serbia.",
     [("locked the gate", "Bogdan Ilic", "N", "a")]),
    (None, "Daniel Weiss said: \u201eThe agency kept our passports.\u201c",
     [("kept our passports", "Daniel Weiss", "N", "a")]),
    (None, "\u300cWe owed the boss money,\u300d a worker from Yunnan told the paper.",
     [("owed the boss", "worker", "A", "a")]),
    (None, "\u2039The foreman hit us,\u203a said Yusuf Demir, a seasonal worker in Antalya.",
     [("foreman hit us", "Yusuf Demir", "N", "a")]),
    # ---- more mixed shapes in these families
    (None, "Says Beatriz Lopes, a nurse at the clinic in Porto: \"Many came with injuries they would not "
     "explain.\"", [("injuries they would not", "Beatriz Lopes", "N", "a")]),
    (None, "So says Farid Aziz, who ran a shelter in Kabul: the boys were sold to kiln owners.",
     [("sold to kiln owners", "Farid Aziz", "N", "a")]),
    (None, "The agency charged them for food and housing, claims Nour Saleh, an activist in Beirut.",
     [("charged them for food", "Nour Saleh", "N", "a")]),
    (None, "Pay was withheld for months, the union maintains.",
     [("withheld for months", "union", "O", "a")]),
    (None, "According to its own filing, Harbor Seafoods employed no migrant crew in 2023.",
     [("no migrant crew", "filing", "D", "a")]),
    (None, "Elena Moss, 29, insists that nobody forced her to work overtime. Her sister disagrees.",
     [("nobody forced her", "Elena Moss", "N", "a")]),
    (None, "The workers, the contractor admits, were never given copies of their contracts.",
     [("never given copies", "contractor", "A", "a")]),
    (None, "On X, the Lagos Domestic Workers Alliance wrote that three housemaids had been rescued from a "
     "villa.", [("three housemaids", "Lagos Domestic Workers Alliance", "O", "a")]),
    (None, "Thabo Nkosi, in a post on Facebook, said the mine had stopped paying the contract workers.",
     [("stopped paying", "Thabo Nkosi", "N", "a")]),
    (None, "The response from Orion Textiles: all overtime was voluntary and paid.",
     [("overtime was voluntary", "Orion Textiles", "O", "a")]),
    (None, "The girls had, according to the police report, been working in the house since 2019.",
     [("since 2019", "police report", "D", "a")]),
    (None, "Workers said the canteen charged double, adding that deductions left them with almost "
     "nothing.", [("charged double", "Workers", "A", "a")]),
]

# A second, smaller set written after the fixes above, in the same families, to check that the fixes generalise
# (first pass on it: see the test module).
CASES2: list[Case] = [
    (None, "The dormitory had no heating, maintains Ilse Varga, who lived there for two winters.",
     [("no heating", "Ilse Varga", "N", "a")]),
    (None, "Every recruit signed a blank page, asserts a former clerk at the agency.",
     [("blank page", "clerk", "A", "a")]),
    (None, "The contractor's explanation: the men had asked to work through the night.",
     [("work through the night", "contractor", "A", "a")]),
    (None, "The reply from Bluewater Fisheries came a week later: the crew had been paid in full.",
     [("paid in full", "Bluewater Fisheries", "O", "a")]),
    (None, "Wages, says Nikhil Rao: that is what the strike is about.",
     [("strike is about", "Nikhil Rao", "N", "a")]),
    (None, "The camp \u2014 according to a Red Cross volunteer \u2014 held more than 300 people.",
     [("more than 300", "volunteer", "A", "a")]),
    (None, "The men were, according to Father Luis Ortega, moved between farms every month.",
     [("moved between farms", "Luis Ortega", "N", "a")]),
    (None, "\u00abWe ate once a day,\u00bb recalled Fatima Zahra, a former domestic worker.",
     [("once a day", "Fatima Zahra", "N", "a")]),
    (None, "\u201eThe foreman took our phones\u201c, said Stefan Roth, a seasonal worker.",
     [("took our phones", "Stefan Roth", "N", "a")]),
    (None, "\"The supervisor never let us sit,\" said Lin Mei, a packer in Dongguan.",
     [("never let us sit", "Lin Mei", "N", "a")]),
    (None, "\"Pay us now,\" read a banner carried by the cleaners outside the hotel.",
     [("Pay us now", "cleaners", "A", "a")]),
    (None, "Interview: Joseph Banda\nQ: How old were you?\nA: Twelve, when the farmer took me from my village.",
     [("took me from my village", "Joseph Banda", "N", "a")]),
    (None, "A shift lasted eighteen hours, the nurse said, adding that the girls were locked in after dark.",
     [("eighteen hours", "nurse", "A", "a"), ("locked in after dark", "nurse", "A", "a")]),
    (None, "In an Instagram post, Marta Ruiz wrote that the strawberry pickers had no drinking water.",
     [("no drinking water", "Marta Ruiz", "N", "a")]),
    (None, "Overtime was never paid, admits Hector Salas, the farm's former accountant.",
     [("never paid", "Hector Salas", "N", "a")]),
    (None, "The inspector's finding: forty workers shared one toilet.",
     [("one toilet", "inspector", "F", "a")]),
]
