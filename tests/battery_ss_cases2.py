"""Second SS battery, written after the fixes of ``battery_ss_cases`` and scored once before any further
change: a generalisation estimate. Same layout as ``battery_sw_cases1``."""

from __future__ import annotations

from battery_sw_cases1 import Case

CASES: list[Case] = [
    (None, "Judge Miriam Osei said the recruiters had shown contempt for the women they housed in Kumasi.\n\n"
     "The judge said the women's wages were paid into an account they could not reach. Defence counsel "
     "Kwesi Addo said his client kept the money safe for them.\n\nOsei said that was not credible.",
     [("contempt for the women", "Miriam Osei", "F", "a"), ("could not reach", "judge", "F", "a"),
      ("kept the money safe", "Kwesi Addo", "N", "b"), ("not credible", "Osei", "F", "a")]),
    (None, "The Andean Miners Federation (AMF) said children as young as ten worked in the Potosi mines.\n\n"
     "A mine cooperative leader, Ruben Choque, said no children worked underground. AMF said inspectors "
     "had not visited the cooperatives in three years.\n\nChoque said the inspectors were welcome.",
     [("as young as ten", "Andean Miners Federation", "O", "a"), ("no children worked", "Ruben Choque", "N", "b"),
      ("three years", "AMF", "O", "a"), ("were welcome", "Choque", "N", "b")]),
    (None, "A seamstress in Yangon said the factory gates were locked during shifts.\n\nAnother seamstress, "
     "Thandar Win, said supervisors slapped workers who fell behind. The other seamstress said she had "
     "been fined for talking.\n\nThe first woman said she left after four months.",
     [("gates were locked", "seamstress", "A", "a"), ("slapped workers", "Thandar Win", "N", "b"),
      ("fined for talking", "Thandar Win", "N", "b"), ("after four months", "seamstress", "A", "a")]),
    (None, "Senior Constable Dale Hurst of the Queensland police said 19 backpackers had been found at a farm "
     "near Bundaberg.\n\nThe constable said their passports were in the farm office. The farm's manager "
     "said the passports were kept for safety.\n\nHurst said charges were likely.",
     [("19 backpackers", "Dale Hurst", "F", "a"), ("farm office", "constable", "F", "a"),
      ("kept for safety", "farm's manager", "A", "b"), ("charges were likely", "Hurst", "F", "a")]),
    (None, "Meridian Foods said it was reviewing its shrimp suppliers in Thailand.\n\nA company spokesperson, "
     "Julia Stark, said the review would take six months. The company said it had found no abuse so "
     "far.\n\nA former peeler at one supplier said workers were kept in the sheds for weeks.",
     [("reviewing its shrimp", "Meridian Foods", "O", "a"), ("six months", "Julia Stark", "N", "b"),
      ("no abuse so far", "Meridian Foods", "O", "a"), ("kept in the sheds", "former peeler", "A", "c")]),
    (None, "One driver said the workers were moved between farms at night.\n\nThe driver, a man in his fifties "
     "from Morocco, said the foreman paid him in cash. A second driver said he had never seen the "
     "workers' papers.\n\nThe Moroccan driver said the foreman carried a list of names.",
     [("moved between farms", "driver", "A", "a"), ("paid him in cash", "driver", "A", "a"),
      ("never seen the workers", "second driver", "A", "b"), ("list of names", "Moroccan driver", "A", "a")]),
    (None, "Labourers at a sugar mill in Negros said they were paid by the ton.\n\nOne of the labourers, "
     "Ramon Dizon, said his daughter also cut cane. Dizon said she was thirteen.\n\nThe labourers said "
     "the mill deducted their rice from their pay.",
     [("paid by the ton", "Labourers", "A", "a"), ("daughter also cut cane", "Ramon Dizon", "N", "b"),
      ("she was thirteen", "Dizon", "N", "b"), ("deducted their rice", "labourers", "A", "a")]),
    (None, "Dr Hana Novak, a psychologist who works with trafficking survivors in Prague, said most of her "
     "clients had been recruited by people they knew.\n\nA police spokesman said recruiters often used "
     "social media. The psychologist did not agree. She said the first contact was usually a relative.",
     [("people they knew", "Hana Novak", "N", "a"), ("social media", "police spokesman", "F", "b"),
      ("usually a relative", "Hana Novak", "N", "a")]),
    (None, "The Philippine Overseas Labor Office in Riyadh said 60 workers had sought shelter this month.\n\n"
     "Labor attache Carmen Aquino said most had fled employers who did not pay them. The office said it "
     "had filed cases for 22 of them.\n\nAquino said the rest were waiting for exit visas.",
     [("sought shelter", "Philippine Overseas Labor Office", "F", "a"), ("did not pay them", "Carmen Aquino", "F", "b"),
      ("filed cases", "office", "F", "a"), ("exit visas", "Aquino", "F", "b")]),
    (None, "A farm owner in Almeria said his workers had contracts and were paid weekly.\n\nTwo of his "
     "workers disagreed. One said he had no contract. The other said he was paid only once a month.\n\n"
     "The owner said the workers were lying.",
     [("paid weekly", "farm owner", "A", "a"), ("no contract", "One", "A", "b"),
      ("once a month", "other", "A", "c"), ("were lying", "owner", "A", "a")]),
]
