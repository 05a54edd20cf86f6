"""Third SW attribution battery, written after all the fixes and scored once before any further change:
a second generalisation estimate. Same layout as ``battery_sw_cases1``.

First pass: speaker wording 0.942 (49/52), kinds 0.865, same source F1 0.923. After two more fixes ("X was
cited by Y as saying" before the passive reading; agent nouns such as "the hauler"): speaker 0.981, same
source 1.000; left: "the nun" (a noun the source lexicon lacks)."""

from __future__ import annotations

from battery_sw_cases1 import Case

CASES: list[Case] = [
    (None, "Ship crews were kept aboard for up to three years, the Philippine News Agency said, quoting a "
     "labour attache in Taipei.", [("three years", "labour attache", "F", "a")]),
    (None, '"My boss took my phone on the first day," Rina Suharti told Reuters from Jakarta.',
     [("took my phone", "Rina Suharti", "N", "a")]),
    (None, '"They told us the debt was $6,000," said Hamid Qasemi, a former welder, "but it kept growing."',
     [("debt was $6,000", "Hamid Qasemi", "N", "a"), ("kept growing", "Hamid Qasemi", "N", "a")]),
    (None, "Oksana Melnyk, a researcher at the Lviv Labour Centre, said the berry pickers were housed in tents. "
     "Melnyk said some had not been paid.", [("housed in tents", "Oksana Melnyk", "N", "a"),
                                             ("not been paid", "Melnyk", "N", "a")]),
    (None, "A mechanic said the trucks left at four each morning. A cleaner said the dormitory doors were "
     "locked. The mechanic added that the drivers were not allowed to stop.",
     [("left at four", "mechanic", "A", "a"), ("doors were locked", "cleaner", "A", "b"),
      ("not allowed to stop", "mechanic", "A", "a")]),
    (None, "Five of the boys said they had been recruited at a bus station. One of them said he was 14.",
     [("bus station", "Five of the boys", "A", "a"), ("he was 14", "One of them", "A", "b")]),
    (None, "Asked about the fees, a spokeswoman for Eastgate Recruitment said the company charged nothing.",
     [("charged nothing", "spokeswoman", "O", "a")]),
    (None, "The employment tribunal found that the cleaners had been paid less than the minimum wage.",
     [("less than the minimum wage", "tribunal", "F", "a")]),
    (None, "Giving evidence, Tamar Levi said her employer had hidden her passport in a safe.",
     [("hidden her passport", "Tamar Levi", "N", "a")]),
    (None, "In a post on Facebook, the Cebu Seafarers Union said crews had been abandoned in port.",
     [("abandoned in port", "Cebu Seafarers Union", "O", "a")]),
    (None, "The conditions were described as inhumane by two inspectors who visited the farm.",
     [("described as inhumane", "two inspectors", "A", "a")]),
    (None, "The nun, who runs a refuge in Cochabamba, said girls arrive with debts to recruiters.",
     [("arrive with debts", "nun", "A", "a")]),
    (None, "Speaking from Tbilisi, Giorgi Beridze said his brother's wages were kept by the employer.",
     [("wages were kept", "Giorgi Beridze", "N", "a")]),
    (None, "According to the Andes Courier, which cited a prosecutor, the miners were paid in coca leaves.",
     [("paid in coca leaves", "prosecutor", "F", "a")]),
    (None, "The pickers were paid according to their weight of fruit, said a farm manager.",
     [("paid according to their weight", "farm manager", "A", "a")]),
    (None, "Eleven workers were rescued from a charcoal camp, police said.",
     [("charcoal camp", "police", "F", "a")]),
    (None, "Deckhands were beaten with ropes, a crew member told the Fiji Times.",
     [("beaten with ropes", "crew member", "A", "a")]),
    (None, '"We were counted like cattle," said Ousmane Diallo, 27, who spent a year on a farm in Almeria.',
     [("counted like cattle", "Ousmane Diallo", "N", "a")]),
    (None, '"They kept our cards," said Fatou. "We could not call home," said Mariama. "Nobody helped," '
     'Fatou said.', [("kept our cards", "Fatou", "N", "a"), ("could not call home", "Mariama", "N", "b"),
                     ("Nobody helped", "Fatou", "N", "a")]),
    (None, "Kaveh Rostami, a cook, said the kitchen had no windows. Leila Karimi, a waitress, said tips were "
     "taken. She said the owner shouted at the staff.",
     [("no windows", "Kaveh Rostami", "N", "a"), ("tips were taken", "Leila Karimi", "N", "b"),
      ("owner shouted", "Leila Karimi", "N", "b")]),
    (None, "A hauler in Namyang said the men were sent across the river in groups. They are paid in rice, "
     "the hauler said.", [("sent across the river", "hauler", "A", "a"), ("paid in rice", "hauler", "A", "a")]),
    (None, "Her sister said the girl had been promised a job in a bakery.",
     [("job in a bakery", "sister", "A", "a")]),
    (None, '"He sounded frightened," his wife said.', [("sounded frightened", "wife", "A", "a")]),
    (None, "The coast guard was cited by the local paper as saying that 12 crew were missing.",
     [("12 crew were missing", "coast guard", "F", "a")]),
    (None, "Labour inspectors established that the company had kept the workers' passports.",
     [("kept the workers' passports", "inspectors", "F", "a")]),
    (None, "According to a 2020 census by the municipal council, 4,000 migrants lived in the camps.",
     [("4,000 migrants", "municipal council", "F", "a")]),
    (None, "Two sources confirmed to the paper that the workers were moved at night.",
     [("moved at night", "Two sources", "A", "a")]),
    (None, "Yevgeni Rudin, who worked there as a foreman for six years, said the brigades never rested.",
     [("never rested", "Yevgeni Rudin", "N", "a")]),
    (None, "Asked if anyone had helped her, Samira shook her head. \"Nobody,\" she said.",
     [("Nobody", "Samira", "N", "a")]),
    (None, "Three cleaners said the agency held their passports. Both of them said they were paid late.",
     [("held their passports", "Three cleaners", "A", "a"), ("paid late", "Three cleaners", "A", "a")]),
    (None, "The Taiga Workers Network said in a report published on Monday that loggers were kept in debt.",
     [("kept in debt", "Taiga Workers Network", "O", "a")]),
    (None, "The agency told a parliamentary panel that 200 workers had fled, according to MP Ana Ribeiro. "
     "\"They were caught within a week,\" she said.",
     [("200 workers had fled", "agency", "F", "a"), ("caught within a week", "Ana Ribeiro", "F", "b")]),
    (None, "A message posted on WhatsApp by a group of drivers said they had not been paid since April.",
     [("since April", "group of drivers", "A", "a")]),
    (None, "Speaking through an interpreter, the fisherman said the captain held his seaman's book.",
     [("seaman's book", "fisherman", "A", "a")]),
    (None, "The contract, seen by the paper, states that workers may not change employer.",
     [("may not change employer", "contract", "D", "a")]),
    (None, "Marisol Vega says she was 15 when she was sent to pick tomatoes in Sinaloa.",
     [("pick tomatoes", "Marisol Vega", "N", "a")]),
    (None, "Greenfield Produce said it had suspended the labour contractor.",
     [("suspended the labour contractor", "Greenfield Produce", "O", "a")]),
    (None, "Residents of the village said children worked at the quarry every day.",
     [("worked at the quarry", "Residents", "A", "a")]),
    (None, "4.3 Seven of the nine women interviewed said they were not allowed to leave the house.",
     [("not allowed to leave the house", "Seven of the nine women", "A", "a")]),
    (None, '"It was a prison," said another.', [("It was a prison", "another", "A", "a")]),
]
