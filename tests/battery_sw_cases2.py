"""Second SW attribution battery, written after the fixes prompted by the first and scored once before any
further change: the generalisation estimate. Same layout as ``battery_sw_cases1``.

First pass: speaker wording 0.959 (70/73), kinds 0.890, same source F1 1.000 (10 pairs). After the later
fixes: speaker 0.973. Remaining misses: nouns the source lexicon lacks ("teenagers"), and "declined to
comment" (no speaker)."""

from __future__ import annotations

from battery_sw_cases1 import Case

CASES: list[Case] = [
    (None, "The crew of the trawler had been at sea for 14 months, the Indonesian news agency Antara said, "
     "citing a fisheries official in Bitung.", [("14 months", "fisheries official", "F", "a")]),
    (None, '"I was sold twice," Nadia Haroun told the Associated Press by phone from Erbil.',
     [("sold twice", "Nadia Haroun", "N", "a")]),
    (None, '"They kept the windows nailed shut," said Kofi Boateng, a former packer at the plant, "so nobody '
     'could climb out."', [("windows nailed shut", "Kofi Boateng", "N", "a")]),
    (None, "Yevgenia Sokol, a lawyer in Vladivostok, said the loggers were paid in food. Sokol said at least "
     "two had tried to flee.", [("paid in food", "Yevgenia Sokol", "N", "a"),
                                ("tried to flee", "Sokol", "N", "a")]),
    (None, "A farmhand said the owner took their phones. A cook said they were fed rice and nothing else. "
     "The farmhand added that the dogs were let loose at night.",
     [("took their phones", "farmhand", "A", "a"), ("rice and nothing else", "cook", "A", "b"),
      ("dogs were let loose", "farmhand", "A", "a")]),
    (None, "Four of the men said they had paid recruitment fees. Two of them said the fees were deducted from "
     "their wages.", [("recruitment fees", "Four of the men", "A", "a"),
                       ("deducted from their wages", "Two of them", "A", "b")]),
    (None, "Ahmed Saleh said he had been told by a cousin that the workers were locked in at night.",
     [("locked in at night", "Ahmed Saleh", "N", "a")]),
    (None, "Asked whether the company held passports, its director, Marek Novak, said the documents were "
     "kept for safekeeping.", [("kept for safekeeping", "Marek Novak", "O", "a")]),
    (None, "The tribunal found that the employer had paid the claimant less than half the minimum wage.",
     [("less than half the minimum wage", "tribunal", "F", "a")]),
    (None, "Testifying before the committee, Carla Mendes said the agency had charged her $2,500.",
     [("charged her $2,500", "Carla Mendes", "N", "a")]),
    (None, "In a Facebook post, the Yangon Garment Workers Union said members had been locked in during "
     "the curfew.", [("locked in during the curfew", "Yangon Garment Workers Union", "O", "a")]),
    (None, "In an email, a spokesman for Saltmarsh Poultry said the company complied with all labour laws.",
     [("complied with all labour laws", "spokesman", "O", "a")]),
    (None, "Seasonal workers routinely work 70 hours a week, the Harvest Justice Project said in a report "
     "published on Thursday.", [("70 hours a week", "Harvest Justice Project", "O", "a")]),
    (None, "The injuries were described as consistent with beatings by a doctor who treated the men.",
     [("consistent with beatings", "doctor", "A", "a")]),
    (None, "The priest, who runs a shelter for migrants in Tapachula, said many arrive in debt to smugglers.",
     [("arrive in debt", "priest", "A", "a")]),
    (None, "Speaking by video link from Kathmandu, Binod Thapa said his son's passport was still held in "
     "Qatar.", [("passport was still held", "Binod Thapa", "N", "a")]),
    (None, "Contacted by the paper, the owner of the boat declined to comment.",
     [("declined to comment", "owner", "A", "a")]),
    ("Steppe Herald", "Steppe Herald\nNews | Regions | Opinion\nBy Aru Bekova\n\nMiners at the pit said "
     "their wages were paid six months late.\n\nSubscribe to our newsletter",
     [("six months late", "Miners", "A", "a")]),
    (None, "According to the Delta Tribune, which cited a police report, the girls were kept in a locked "
     "room.", [("kept in a locked room", "police report", "D", "a")]),
    (None, "Gloria Asante, the labour officer who led the inspection, said the children carried heavy "
     "loads. The officer said none attended school.",
     [("carried heavy loads", "Gloria Asante", "F", "a"), ("none attended school", "officer", "F", "a")]),
    (None, "The workers were paid according to their output, said a manager at the site.",
     [("paid according to their output", "manager", "A", "a")]),
    (None, "About 300 people work at the quarry, most of them from Bihar.",
     [("300 people work at the quarry", None, "U", "OUTLET")]),
    (None, "Thirty workers were freed from a shrimp shed, officials said on Tuesday.",
     [("freed from a shrimp shed", "officials", "F", "a")]),
    (None, "Crew members were beaten for resting, a source familiar with the investigation told Reuters.",
     [("beaten for resting", "source", "A", "a")]),
    (None, '"It was a prison with a paycheque," said Lucia Ferrer, 31, from Valencia, who worked there for '
     'two seasons.', [("prison with a paycheque", "Lucia Ferrer", "N", "a")]),
    (None, '"We slept under the tables," said Rahim. "They called it a bonus," said Sunita. "We never saw '
     'it," Rahim added.', [("slept under the tables", "Rahim", "N", "a"), ("called it a bonus", "Sunita", "N", "b"),
                            ("never saw it", "Rahim", "N", "a")]),
    (None, "According to Irina Galkina, a former cook, the men were fed once a day.",
     [("fed once a day", "Irina Galkina", "N", "a")]),
    (None, "Ngozi Eze says she worked in the house for three years without a single day off.",
     [("without a single day off", "Ngozi Eze", "N", "a")]),
    (None, "A payroll sheet obtained by the Coastal Monitor shows deductions of 40 percent for housing.",
     [("deductions of 40 percent", "payroll sheet", "D", "a")]),
    (None, "Brightwater Apparel denied the claims, saying its auditors had found no forced labour.",
     [("auditors had found no forced labour", "Brightwater Apparel", "O", "a")]),
    (None, "A broker in Sinuiju said the women were sent to sewing factories in Dandong. Jang Mi-ok, a "
     "defector, said their pay went to the state. They cannot leave the dormitories, the broker added.",
     [("sewing factories", "broker", "A", "a"), ("pay went to the state", "Jang Mi-ok", "N", "b"),
      ("cannot leave the dormitories", "broker", "A", "a")]),
    (None, "The shifts lasted 14 hours, Pavel Zorin recalled. Anyone who fell asleep was fined, he said.",
     [("shifts lasted 14 hours", "Pavel Zorin", "N", "a"), ("fell asleep was fined", "Pavel Zorin", "N", "a")]),
    (None, "Two sisters from Mindanao described their year in Kuwait. The older said the employer took her "
     "passport. The younger said she was not allowed to eat until the family had finished.",
     [("took her passport", "older", "A", "a"), ("not allowed to eat", "younger", "A", "b")]),
    (None, 'Asked if he would go back, Yusuf laughed. "Never," he said. "They still owe me three months."',
     [("still owe me three months", "Yusuf", "N", "a")]),
    (None, "One woman summed it up: \"We are their property.\"", [("their property", "woman", "A", "a")]),
    (None, "In an interview with the magazine, Tomasz Wrona said he was forced to work on a farm near "
     "Hereford.", [("farm near Hereford", "Tomasz Wrona", "N", "a")]),
    (None, "Witness B, a former guard at the camp, testified that detainees were forced to pick cotton.",
     [("forced to pick cotton", "Witness B", "A", "a")]),
    (None, "Ines Caldera was quoted by the Lima Post as saying the miners were paid in gold dust.",
     [("paid in gold dust", "Ines Caldera", "N", "a")]),
    (None, "Kwesi Appiah spent two years on a fishing canoe. \"I was seven,\" he told the radio station.",
     [("I was seven", "Kwesi Appiah", "N", "a")]),
    (None, "The workers, most of them women from Sylhet and Chittagong, had to work through public holidays "
     "without pay, said Rehana Akter, who heads a garment workers' federation.",
     [("public holidays", "Rehana Akter", "N", "a")]),
    (None, "Six teenagers who escaped from the farm spoke to us in Nairobi. The teenagers said they had been "
     "promised school places.", [("promised school places", "teenagers", "A", "a")]),
    (None, "On Thursday, Interior Minister Faisal Rahman said 40 Bangladeshi workers had been rescued.",
     [("40 Bangladeshi workers", "Faisal Rahman", "F", "a")]),
    (None, "The farmer told the Mountain Gazette that he had never hired anyone under 18.",
     [("never hired anyone under 18", "farmer", "A", "a")]),
    (None, "In its latest report, Chain Watch wrote that forced overtime was common in the toy factories of "
     "Guangdong.", [("forced overtime was common", "Chain Watch", "O", "a")]),
    (None, "Campaigners allege that the cotton is picked by conscripted students.",
     [("conscripted students", "Campaigners", "A", "a")]),
    (None, "Ana Beltran, a cleaner, said the staff were searched every evening. Jorge Paz, a porter, said "
     "tips were confiscated. She said the supervisor read their messages.",
     [("searched every evening", "Ana Beltran", "N", "a"), ("tips were confiscated", "Jorge Paz", "N", "b"),
      ("read their messages", "Ana Beltran", "N", "a")]),
    (None, "Labour ministry spokeswoman Hu Yan told a regular news conference that the reports were "
     "fabricated.", [("reports were fabricated", "Hu Yan", "F", "a")]),
    (None, "A driver in Hunchun said the workers are bused to the plant before dawn.\n\nThe guards take "
     "their phones at the gate, the driver said.",
     [("bused to the plant", "driver", "A", "a"), ("take their phones", "driver", "A", "a")]),
    (None, "A study by the University of Tartu found that one in five seasonal workers had their documents "
     "withheld.", [("one in five", "study", "D", "a")]),
    (None, "A worker who gave only her first name, Dilnoza, said she had not been paid for five months.",
     [("five months", "Dilnoza", "N", "a")]),
    (None, "Villagers said armed men guarded the mine day and night.",
     [("guarded the mine", "Villagers", "A", "a")]),
    (None, "Copperline Resources said its contractors were audited twice a year.",
     [("audited twice a year", "Copperline Resources", "O", "a")]),
    (None, "\"We have seen no evidence of abuse,\" said a spokesman for the regional government. \"The "
     "workers are free to leave at any time.\"", [("no evidence of abuse", "spokesman", "F", "a"),
                                                  ("free to leave at any time", "spokesman", "F", "a")]),
    (None, "Several women said the recruiter had promised them work in a hotel. One of them said she was "
     "taken instead to a karaoke bar.", [("work in a hotel", "Several women", "A", "a"),
                                          ("karaoke bar", "One of them", "A", "b")]),
    (None, "Abuses were documented by investigators from the Andes Labour Rights Centre.",
     [("Abuses were documented", "investigators", "A", "a")]),
    (None, '"I owed them for the plane ticket," said a third. "And for the bed."',
     [("plane ticket", "third", "A", "a"), ("And for the bed", "third", "A", "a")]),
]
