"""IY's fresh battery of indicator paraphrases (own wording, fictional firms and people, real places).

Written before studying the diagnosis sets' misses, as a transfer estimate: each case is a sentence and
the set of ILO indicators a claim made of it should carry (empty set: none).
"""

from __future__ import annotations

CASES: list[tuple[str, set[str]]] = [
    # abuse of vulnerability
    ("The agency in Tashkent chose men from the poorest villages, who would not dare to complain.",
     {"abuse_of_vulnerability"}),
    ("None of the seamstresses could read the Russian contract they were told to sign.", {"abuse_of_vulnerability"}),
    ("They came in on tourist visas, so they had no way to go to the police.", {"abuse_of_vulnerability"}),
    ("Being undocumented, the pickers had no one to ask for help.", {"abuse_of_vulnerability"}),
    # deception
    ("The recruiter promised them office jobs in Dubai, but they ended up cleaning toilets on a building site.",
     {"deception"}),
    ("Workers at Crestline Garments were told they would earn 900 dollars a month; they got barely a third.",
     {"deception"}),
    ("The contract they signed in Dhaka was replaced by a different one on arrival in Riyadh.", {"deception"}),
    ("Nobody told the women the job was in a fish plant rather than a hotel.", {"deception"}),
    # restriction of movement
    ("The loggers could not leave the camp without a supervisor's permission.", {"restriction_of_movement"}),
    ("At night the dormitory gate at Harbin Lianfa was padlocked from the outside.", {"restriction_of_movement"}),
    ("Guards escorted the builders between the site and the barracks and back again.", {"restriction_of_movement"}),
    ("The cooks were barred from going into town on their day off.", {"restriction_of_movement"}),
    # isolation
    ("The farm lies four hours' drive from the nearest town, with no phone signal.", {"isolation"}),
    ("Their mobile phones were collected when they arrived and kept in the office.", {"isolation"}),
    ("The welders were forbidden to talk to local people or to the Russian crew.", {"isolation"}),
    ("Letters from home were opened and read by the team leader before they were handed out.", {"isolation"}),
    # physical and sexual violence
    ("A foreman at Sunrise Fisheries hit the deckhands with a metal pipe when they slowed down.",
     {"physical_and_sexual_violence"}),
    ("Several maids said their employers' sons assaulted them at night.", {"physical_and_sexual_violence"}),
    ("The overseer kicked him until he could not stand.", {"physical_and_sexual_violence"}),
    ("Two of the girls were raped by the camp guard.", {"physical_and_sexual_violence"}),
    # intimidation and threats
    ("The manager warned that anyone who complained would be sent back to Pyongyang.", {"intimidation_and_threats"}),
    ("They were threatened with arrest if they tried to quit.", {"intimidation_and_threats"}),
    ("The boss told her he would report her to the police as an illegal.", {"intimidation_and_threats"}),
    ("Workers who asked about their wages were told their families at home would suffer.",
     {"intimidation_and_threats"}),
    # retention of identity documents
    ("Their passports were taken by the company on arrival at Vladivostok airport.",
     {"retention_of_identity_documents"}),
    ("The employer kept the nurses' passports in a safe and never gave them back.",
     {"retention_of_identity_documents"}),
    ("He had to hand over his residence card to the foreman.", {"retention_of_identity_documents"}),
    ("The agent refused to return her ID papers when she wanted to leave.", {"retention_of_identity_documents"}),
    # withholding of wages
    ("The crew of the Ocean Pearl had not been paid for seven months.", {"withholding_of_wages"}),
    ("Wages were held back until the end of the three-year contract.", {"withholding_of_wages"}),
    ("Most of their salary went straight to the state, leaving each man about 30 dollars a month.",
     {"withholding_of_wages"}),
    ("The firm owes the plasterers their pay for the whole winter.", {"withholding_of_wages"}),
    # debt bondage
    ("Each worker owed the broker 3,000 dollars for the flight and the visa and had to work it off.",
     {"debt_bondage"}),
    ("Deductions for food and lodging meant the debt only grew.", {"debt_bondage"}),
    ("She borrowed money from the recruiter to pay the placement fee and has been repaying it ever since.",
     {"debt_bondage"}),
    ("The men could not leave until they had paid back what they owed the agency.", {"debt_bondage"}),
    # abusive working and living conditions
    ("Twenty men slept in a single shipping container without running water.",
     {"abusive_working_and_living_conditions"}),
    ("The workers were given no protective gear while spraying pesticides.",
     {"abusive_working_and_living_conditions"}),
    ("Food was scarce, and the men lost weight within weeks.", {"abusive_working_and_living_conditions"}),
    ("The barracks had no heating, though temperatures fell to minus thirty.",
     {"abusive_working_and_living_conditions"}),
    # excessive overtime
    ("They worked from six in the morning until midnight, seven days a week.", {"excessive_overtime"}),
    ("Shifts of sixteen hours were common at the Kazan site.", {"excessive_overtime"}),
    ("The sewers had only one day off a month.", {"excessive_overtime"}),
    ("The pickers were made to work without a break through the night.", {"excessive_overtime"}),
    # negatives: ordinary labour news, norms, definitions, denials, other senses
    ("The workers are paid on the tenth of each month, the company said.", set()),
    ("The new law bans employers from keeping their workers' passports.", set()),
    ("Forced labour is defined by the ILO as work exacted under the menace of a penalty.", set()),
    ("The company denied that it had withheld any wages.", set()),
    ("The factory employs 400 workers from Vietnam and Uzbekistan.", set()),
    ("Heavy rain kept the builders indoors for two days.", set()),
    ("The minister visited the site in Novosibirsk on Monday.", set()),
    ("The workers held a meeting to elect a new representative.", set()),
    ("Wages at the plant rose by ten percent this year.", set()),
    ("The embassy issued new passports to the stranded sailors.", set()),
]
