"""Quotations and spoken turns (probe PQ): quotes over several sentences and paragraphs, the speaker in
the middle of a quote or after it, colon-introduced quotes, curly and single quotation marks, a worker
quoting a manager, quote fragments, unattributed quote paragraphs, "he went on" / "the official added",
pseudonymous workers, Q&A interviews and broadcast transcripts, and the outlet's voice after a quote.
Every text is written for this test; people, companies and outlets are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

H = ("Workers at a seafood plant in Dandong say wages were withheld\n"
     "About 200 North Korean workers were sent to a seafood plant in Dandong in 2023.\n")
META = {"published": "2025-03-01", "language": "en"}

# (shape, text, [(claim fragment, speaker head or None, kind or None for any, group)]): the same letter is the
# same source, different letters different sources, "o" the outlet; kind "none": the fragment gives no claim
# other than the outlet's (an interviewer's question)
CASES = [
 # multi-sentence quote, speaker after the first
 ("multi", H + '"We were locked in at night," said Ri Chol-ho, a former welder. "The guard kept our passports. Nobody was paid for overtime."',
  [("locked in at night", "Ri Chol-ho", "named_person", "a"), ("kept our passports", "Ri Chol-ho", "named_person", "a"),
   ("paid for overtime", "Ri Chol-ho", "named_person", "a")]),
 ("multi", H + '"The manager took our phones," a source in Dandong told the Harbour Courier. "We worked sixteen hours a day. Those who complained were beaten."',
  [("took our phones", "source in Dandong", "anonymous_source", "a"), ("sixteen hours", "source in Dandong", "anonymous_source", "a"),
   ("were beaten", "source in Dandong", "anonymous_source", "a")]),
 ("multi", H + '"We never saw a payslip," Kim Young-sook said. "The company sent our wages to Pyongyang. We got nothing."',
  [("payslip", "Kim Young-sook", "named_person", "a"), ("sent our wages", "Kim Young-sook", "named_person", "a")]),
 ("multi", H + 'A former cook said the workers were locked in. "They checked on us every hour. We could not go to the market alone," she said.',
  [("locked in", "cook", "anonymous_source", "a"), ("checked on us", "cook", "anonymous_source", "a"),
   ("market alone", "cook", "anonymous_source", "a")]),
 # over a paragraph break
 ("para", H + '"The supervisors took our passports on the first day," said Pak Sun-ok, a seamstress. "We did not see them again.\n\n'
  '"When my mother fell ill, they would not let me go home. They said I owed the company money."',
  [("took our passports", "Pak Sun-ok", "named_person", "a"), ("not let me go home", "Pak Sun-ok", "named_person", "a"),
   ("owed the company", "Pak Sun-ok", "named_person", "a")]),
 ("para", H + 'A source in Rason said: "The workers are paid in coupons. Most of the wage goes to the state.\n\n'
  '"Anyone who complains is sent home and fined."',
  [("paid in coupons", "source in Rason", "anonymous_source", "a"), ("sent home and fined", "source in Rason", "anonymous_source", "a")]),
 ("para", H + '"We slept in containers," a welder told Radio Free Asia.\n\n"Guards stood at the gate all night. We were not allowed out."',
  [("slept in containers", "welder", "anonymous_source", "a"), ("Guards stood", "welder", "anonymous_source", "a"),
   ("not allowed out", "welder", "anonymous_source", "a")]),
 # speaker in the middle
 ("middle", H + '"We were locked in at night," said Ri Chol-ho, a former welder, "and the guard kept our passports."',
  [("locked in at night", "Ri Chol-ho", "named_person", "a"), ("kept our passports", "Ri Chol-ho", "named_person", "a")]),
 ("middle", H + '"The wages," the source said, "were never paid to the workers themselves."',
  [("never paid", "source", "anonymous_source", "a")]),
 ("middle", H + '"Nobody could leave," a former worker told the newspaper. "The gate was locked and the guards had dogs."',
  [("Nobody could leave", "former worker", "anonymous_source", "a"), ("gate was locked", "former worker", "anonymous_source", "a")]),
 ("middle", H + '"The company held the passports," Lee Min-jun, a labour lawyer in Seoul, said, "which is illegal under Chinese law."',
  [("held the passports", "Lee Min-jun", "named_person", "a")]),
 # speaker after
 ("after", H + '"The workers are paid only once a year," the source said.',
  [("once a year", "source", "anonymous_source", "a")]),
 ("after", H + '"The workers are paid only once a year," said the source.',
  [("once a year", "source", "anonymous_source", "a")]),
 ("after", H + 'A source in Hunchun said the factory had 300 North Korean workers. "They are not allowed to use phones," he added.',
  [("300 North Korean", "source in Hunchun", "anonymous_source", "a"), ("use phones", "source in Hunchun", "anonymous_source", "a")]),
 ("after", H + '\u201cWe worked every day without rest,\u201d the woman said. \u201cThe manager shouted at us.\u201d',
  [("without rest", "woman", "anonymous_source", "a"), ("shouted at us", "woman", "anonymous_source", "a")]),
 ("after", H + '"Their passports are kept in the manager\'s safe," a local trader said.',
  [("manager's safe", "trader", "anonymous_source", "a")]),
 ("after", H + '"The contracts were never translated," the labour ministry said in a statement.',
  [("never translated", "labour ministry", "official", "a")]),
 ("after", H + '"We have found no evidence of forced labour at our plant," Coral Bay Foods said.',
  [("no evidence", "Coral Bay Foods", "organization", "a")]),
 # colon
 ("colon", H + 'One worker told the newspaper: "We were paid nothing for six months."',
  [("paid nothing", "worker", "anonymous_source", "a")]),
 ("colon", H + 'Choi Eun-hee, a researcher at the Seoul Labour Institute, said: "The state takes up to 70 percent of their wages."',
  [("70 percent", "Choi Eun-hee", "named_person", "a")]),
 ("colon", H + 'The source explained: "The workers sleep in the factory. They are not allowed outside."',
  [("sleep in the factory", "source", "anonymous_source", "a"), ("not allowed outside", "source", "anonymous_source", "a")]),
 ("colon", H + 'A spokesperson for the provincial labour bureau said: \u201cInspectors found 40 workers without contracts.\u201d',
  [("without contracts", "labour bureau", "official", "a")]),
 ("colon", H + 'Another source added: "The dormitory is guarded day and night."',
  [("guarded day and night", "source", "anonymous_source", "a")]),
 # curly
 ("curly", H + '\u201cThey took our passports and our phones,\u201d said Han Ji-woo, 31.',
  [("took our passports", "Han Ji-woo", "named_person", "a")]),
 ("curly", H + '\u201cWe worked 14 hours a day,\u201d a seamstress told Daily NK. \u201cIf we complained, we were fined.\u201d',
  [("14 hours", "seamstress", "anonymous_source", "a"), ("were fined", "seamstress", "anonymous_source", "a")]),
 # single inside double
 ("nested", H + '"The manager told us, \'You will be sent home if you complain,\'" said a former worker.',
  [("sent home", "former worker", "anonymous_source", "a")]),
 ("nested", H + 'A welder said: "Our foreman kept saying \'no work, no food\' and locked the canteen."',
  [("locked the canteen", "welder", "anonymous_source", "a")]),
 ("nested", H + '\u201cThe supervisor said, \u2018Your passport stays with me,\u2019 and put it in his safe,\u201d Kang Min-su said.',
  [("put it in his safe", "Kang Min-su", "named_person", "a")]),
 # fragments
 ("fragment", H + 'The workers were "treated like machines," the activist said.',
  [("treated like machines", "activist", "anonymous_source", "a")]),
 ("fragment", H + 'The dormitories were "little more than cages," according to Song Hye-rin, a former cook.',
  [("cages", "Song Hye-rin", "named_person", "a")]),
 ("fragment", H + 'A former worker described the plant as "a prison with machines" where the guards kept the passports.',
  [("prison with machines", "former worker", "anonymous_source", "a")]),
 ("fragment", H + 'The company called the reports "baseless" and said the workers were paid in full.',
  [("paid in full", "company", "organization", "a")]),
 # unattributed quote paragraphs after an attributed one
 ("unattr", H + '"We had no days off," said Yoon Ha-na, a former packer.\n\n"The foreman shouted at anyone who sat down."\n\n'
  '"My wages went to the agency."',
  [("no days off", "Yoon Ha-na", "named_person", "a"), ("foreman shouted", "Yoon Ha-na", "named_person", "a"),
   ("wages went to the agency", "Yoon Ha-na", "named_person", "a")]),
 ("unattr", H + 'A source in Sinuiju told the newspaper that the workers were paid in rice.\n\n"They get nothing in cash."\n\n'
  'The factory was opened in 2019.',
  [("paid in rice", "source in Sinuiju", "anonymous_source", "a"), ("nothing in cash", "source in Sinuiju", "anonymous_source", "a"),
   ("opened in 2019", None, "outlet", "o")]),
 # outlet voice after a quote
 ("outlet_after", H + '"We were beaten," said Jang Song-il, a former logger. The company employs about 500 North Korean workers in the region.',
  [("were beaten", "Jang Song-il", "named_person", "a"), ("employs about 500", None, "outlet", "o")]),
 ("outlet_after", H + '"The passports are kept by the security officer," the source said.\n\nNorth Korea sends tens of thousands of workers abroad each year.',
  [("security officer", "source", "anonymous_source", "a"), ("tens of thousands", None, "outlet", "o")]),
 ("outlet_after", H + 'A worker said: "We were never paid."\n\nThe United Nations banned the hiring of North Korean workers in 2017.',
  [("never paid", "worker", "anonymous_source", "a"), ("banned the hiring", None, "outlet", "o")]),
 # went on / continued / added
 ("continued", H + 'Jeon Hye-jin, a former seamstress, said the workers were locked in. "We could not even open a window," she went on.',
  [("locked in", "Jeon Hye-jin", "named_person", "a"), ("open a window", "Jeon Hye-jin", "named_person", "a")]),
 ("continued", H + 'The source said the workers were paid in coupons.\n\n"The coupons are worth almost nothing," the source continued.',
  [("paid in coupons", "source", "anonymous_source", "a"), ("worth almost nothing", "source", "anonymous_source", "a")]),
 ("continued", H + 'A labour ministry official said inspectors found 12 workers without contracts. "Their passports were held by the employer," the official added.',
  [("without contracts", "official", "official", "a"), ("held by the employer", "official", "official", "a")]),
 ("continued", H + 'Ko Min-ji said the guards searched the dormitory.\n\nShe continued: "They took our letters and burned them."',
  [("searched the dormitory", "Ko Min-ji", "named_person", "a"), ("burned them", "Ko Min-ji", "named_person", "a")]),
 ("continued", H + 'A welder said the foreman beat the workers.\n\nHe went on to say that the company kept their passports.',
  [("beat the workers", "welder", "anonymous_source", "a"), ("kept their passports", "welder", "anonymous_source", "a")]),
 # pseudonymous
 ("pseudonym", H + 'Kim, who asked that only his surname be used, said the agency kept his passport. "I had to pay 2,000 dollars to get it back," he said.',
  [("kept his passport", "Kim", "named_person", "a"), ("2,000 dollars", "Kim", "named_person", "a")]),
 ("pseudonym", H + '"We were told we owed the agency for the flight," said Park, who asked that her full name not be published.',
  [("owed the agency", "Park", "named_person", "a")]),
 ("pseudonym", H + '"Nobody could leave the site," said Min-su, a pseudonym. "The guards were armed."',
  [("leave the site", "Min-su", "named_person", "a"), ("guards were armed", "Min-su", "named_person", "a")]),
 # two speakers
 ("two", H + '"We were never paid," said Oh Dae-sung, a welder. "The manager kept everything."\n\n'
  '"They took our phones," said Seo Ji-hye, a cook.',
  [("never paid", "Oh Dae-sung", "named_person", "a"), ("kept everything", "Oh Dae-sung", "named_person", "a"),
   ("took our phones", "Seo Ji-hye", "named_person", "b")]),
 ("two", H + 'A source in Dandong said the workers were fined for talking. Another source said: "They sleep twelve to a room."',
  [("fined for talking", "source in Dandong", "anonymous_source", "a"), ("twelve to a room", "source", "anonymous_source", "b")]),
 # Q&A
 ("qa", H + 'We spoke to Ri Hyon-a, who worked at the plant for three years.\n\nQ: How were you paid?\n\n'
  'A: We were paid nothing in cash. The company sent the money to Pyongyang.\n\nQ: Could you leave the dormitory?\n\nA: No. The gate was locked at night.',
  [("paid nothing in cash", "Ri Hyon-a", "named_person", "a"), ("sent the money", "Ri Hyon-a", "named_person", "a"),
   ("gate was locked", "Ri Hyon-a", "named_person", "a"), ("Could you leave", None, "none", "o")]),
 ("qa", H + 'The following interview with a former worker has been edited for length.\n\nQ: What happened to your passport?\n\n'
  'A: The supervisor took it on the first day.\n\nQ: Were you paid?\n\nA: Only a small part. The rest was kept by the agency.',
  [("took it on the first day", "worker", "anonymous_source", "a"), ("kept by the agency", "worker", "anonymous_source", "a"),
   ("What happened", None, "none", "o")]),
 ("qa", H + 'Harbour Courier spoke with Cho Sung-min, a former construction worker in Russia.\n\n'
  'HARBOUR COURIER: How many hours did you work?\n\nCHO: Sixteen hours a day, every day. We had no days off.\n\n'
  'HARBOUR COURIER: Who held your passport?\n\nCHO: The security officer kept all our passports.',
  [("Sixteen hours", "Cho Sung-min", "named_person", "a"), ("security officer kept", "Cho Sung-min", "named_person", "a"),
   ("How many hours", None, "none", "o")]),
 ("qa", H + 'Q: Reports say the workers were beaten. Is that true?\n\nA: Yes. The foreman beat anyone who was slow.',
  [("foreman beat", None, None, "a")]),
 ("qa", H + 'Yang Mi-rae spoke to us about her time at the factory.\n\n**Q: Were you allowed to call home?**\n\n'
  '**A:** Never. They took our phones when we arrived.',
  [("took our phones", "Yang Mi-rae", "named_person", "a")]),
 # transcripts
 ("transcript", H + 'HOST: Joining us now is Park Jae-won, who worked at the shipyard.\n\n'
  'PARK: We worked from six in the morning until midnight. The supervisors held our passports.\n\n'
  'HOST: Were you paid?\n\nPARK: Almost nothing. Most of the money went to the state.',
  [("six in the morning", "Park", "named_person", "a"), ("held our passports", "Park", "named_person", "a"),
   ("went to the state", "Park", "named_person", "a"), ("Were you paid", None, "none", "o")]),
 ("transcript", H + 'REPORTER (voice-over): The workers live in containers behind the plant.\n\n'
  'UNIDENTIFIED MALE: We were not allowed to leave. [crosstalk]\n\nREPORTER (voice-over): The company did not respond.',
  [("live in containers", None, "outlet", "o"), ("not allowed to leave", "UNIDENTIFIED MALE", "anonymous_source", "a")]),
 ("transcript", H + 'ANCHOR: Our correspondent spoke to workers at the site.\n\nUNIDENTIFIED FEMALE (through translator): They took our passports and locked us in.\n\n'
  'CORRESPONDENT: The company denies the allegations.',
  [("took our passports", "UNIDENTIFIED FEMALE", "anonymous_source", "a")]),
 # he said after quote referring back to a named person two sentences earlier
 ("backref", H + 'Bae Seung-ho spent two years at a logging camp in Tynda. "The guards were armed and we could not leave," he said. "They kept our passports."',
  [("could not leave", "Bae Seung-ho", "named_person", "a"), ("kept our passports", "Bae Seung-ho", "named_person", "a")]),
 ("backref", H + 'Ms Hwang, 42, worked at the factory until 2023. "We were fined if we talked during work," she said.',
  [("fined if we talked", "Hwang", "named_person", "a")]),
 # quote told by a worker of a manager: speaker = worker
 ("nested", H + 'Jung Ho-seok said the manager warned them: "If you run, your family will suffer."',
  [("family will suffer", "Jung Ho-seok", "named_person", "a")]),
 ("nested", H + '"Our boss said, \'If you leave, you will never get your passport back,\'" a welder told the paper.',
  [("passport back", "welder", "anonymous_source", "a")]),
 # official quote over two sentences
 ("multi", H + '"We found 60 workers whose passports had been confiscated," said Inspector Maria Lopez of the Labour Inspectorate. "The employer will be prosecuted."',
  [("confiscated", "Maria Lopez", "official", "a"), ("will be prosecuted", "Maria Lopez", "official", "a")]),
 ("multi", H + '"The workers were paid less than the minimum wage," the company spokesperson, Elena Petrova, said. "We have since corrected this."',
  [("minimum wage", "Elena Petrova", "organization", "a")]),
 # "according to X" with quote
 ("after", H + '"The workers are never allowed to leave the compound," according to a source in Vladivostok.',
  [("leave the compound", "source in Vladivostok", "anonymous_source", "a")]),
 ("after", H + '"We slept on the floor of the workshop," recalled Moon Ga-young, a former seamstress.',
  [("slept on the floor", "Moon Ga-young", "named_person", "a")]),
 ("after", H + '"The workers had their wages withheld for a year," says Tomas Berg, an researcher at Nordic Labour Watch.',
  [("withheld for a year", "Tomas Berg", "named_person", "a")]),
 ("after", H + '"They were forced to work on Sundays," the source told Daily NK on condition of anonymity.',
  [("on Sundays", "source", "anonymous_source", "a")]),
 ("outlet_after", H + 'The source said the factory had 200 workers. Daily NK could not independently verify the claims.',
  [("200 workers", "source", "anonymous_source", "a")]),
 ("unattr", H + 'Seo Min-ah, a former waitress, said she worked 15 hours a day.\n\n"We slept in the restaurant\'s storeroom. There was no heating."',
  [("15 hours", "Seo Min-ah", "named_person", "a"), ("storeroom", "Seo Min-ah", "named_person", "a"),
   ("no heating", "Seo Min-ah", "named_person", "a")]),
 # ---- batch 2: harder variants ----
 ("single", H + "'We were locked in every night,' said Ri Kyong-ae, a former seamstress. 'The guards kept our passports.'",
  [("locked in every night", "Ri Kyong-ae", "named_person", "a"), ("guards kept our passports", "Ri Kyong-ae", "named_person", "a")]),
 ("single", H + "'The wages went straight to the state company,' a source in Hyesan told the paper.",
  [("straight to the state", "source in Hyesan", "anonymous_source", "a")]),
 ("verbs", H + '"We were fed rice and salt soup," she recalled, speaking of her time at the plant.\n\nNo one else was named.',
  [("salt soup", None, None, "a")]),
 ("verbs", H + 'Lim Tae-yang, a former logger, said the camp was guarded. "We worked in the snow without gloves," he explained.',
  [("camp was guarded", "Lim Tae-yang", "named_person", "a"), ("without gloves", "Lim Tae-yang", "named_person", "a")]),
 ("verbs", H + '"The agency never returned my passport," Kwon Bo-ra insisted.',
  [("never returned", "Kwon Bo-ra", "named_person", "a")]),
 ("verbs", H + '"Nobody was paid in December," the worker wrote in a text message to the newspaper.',
  [("paid in December", "worker", "anonymous_source", "a")]),
 ("verbs", H + '"The workers were forced to sign blank contracts," the union claimed in a statement.',
  [("blank contracts", "union", "organization", "a")]),
 ("colon", H + 'In a statement, the Ministry of Labour said: "Inspectors found 25 workers whose passports had been withheld."',
  [("passports had been withheld", "Ministry of Labour", "official", "a")]),
 ("colon", H + 'Kim Su-bin said the guards were brutal: "They beat us with sticks when we were slow."',
  [("guards were brutal", "Kim Su-bin", "named_person", "a"), ("beat us with sticks", "Kim Su-bin", "named_person", "a")]),
 ("colon", H + 'Asked whether the workers could leave, the plant manager replied: "They can go out on Sundays with a supervisor."',
  [("out on Sundays", "plant manager", "organization", "a")]),
 ("colon", H + 'The source told Daily NK by phone: "The workers have not been paid since October. They are angry."',
  [("since October", "source", "anonymous_source", "a"), ("They are angry", "source", "anonymous_source", "a")]),
 ("middle", H + '"We worked," said Go Eun-ji, a former waitress, "from seven in the morning until two at night, with no days off."',
  [("seven in the morning", "Go Eun-ji", "named_person", "a")]),
 ("middle", H + '"The passports," the official said, "are being held by the employer as security against debts."',
  [("held by the employer", "official", None, "a")]),
 ("adding", H + 'A source in Vladivostok said the builders were not paid, adding: "They are given only food and cigarettes."',
  [("not paid", "source in Vladivostok", "anonymous_source", "a"), ("food and cigarettes", "source in Vladivostok", "anonymous_source", "a")]),
 ("adding", H + '"The workers sleep on the site," Nam Hyun-woo told Reuters, adding that the guards locked the gate at night.',
  [("sleep on the site", "Nam Hyun-woo", "named_person", "a")]),
 ("pseudonym", H + '"The foreman took half of our pay," said Choi, 45, who asked to be identified by only his surname for fear of reprisals.',
  [("half of our pay", "Choi", "named_person", "a")]),
 ("pseudonym", H + 'A former welder, who gave his name only as Jae, said: "We were locked in a dormitory with bars on the windows."',
  [("bars on the windows", "Jae", "named_person", "a")]),
 ("pseudonym", H + 'Hana (not her real name) said the managers read every letter. "We could not write what we wanted," Hana said.',
  [("read every letter", "Hana", "named_person", "a"), ("write what we wanted", "Hana", "named_person", "a")]),
 ("two", H + '"We were paid in coupons," one worker said. "I was never paid at all," said a second worker.',
  [("paid in coupons", "worker", "anonymous_source", "a"), ("never paid at all", "second worker", "anonymous_source", "b")]),
 ("two", H + 'Byun Ji-ho said the company kept the passports.\n\n"That is a lie," said Mark Hale, a spokesman for Coral Bay Foods. "Every worker holds his own passport."',
  [("kept the passports", "Byun Ji-ho", "named_person", "a"), ("holds his own passport", "Mark Hale", "organization", "b")]),
 ("unattr", H + '"The manager kept every passport," said Nam Eun-bi, a former packer.\n\n"He said we would get them back when the contract ended. We never did."\n\nNam left the plant in 2022.',
  [("kept every passport", "Nam Eun-bi", "named_person", "a"), ("when the contract ended", "Nam Eun-bi", "named_person", "a"),
   ("never did", "Nam Eun-bi", "named_person", "a")]),
 ("outlet_after", H + 'A worker said: "We were beaten by the guards." The factory is owned by a company based in Shenyang.',
  [("beaten by the guards", "worker", "anonymous_source", "a"), ("owned by a company", None, "outlet", "o")]),
 ("outlet_after", H + '"We slept twelve to a room," said Cha Min-ho, a former builder.\n\nThe workers were sent to Russia under a contract signed in 2019.',
  [("twelve to a room", "Cha Min-ho", "named_person", "a"), ("contract signed in 2019", None, "outlet", "o")]),
 ("qa", H + 'Daily NK interviewed Kang Ye-jin, who worked in a restaurant in Shenyang.\n\nQuestion: How long did you work each day?\n\n'
  'Answer: About 16 hours. We were never allowed to rest.\n\nQuestion: What about your wages?\n\nAnswer: The manager sent them to Pyongyang.',
  [("About 16 hours", "Kang Ye-jin", "named_person", "a"), ("sent them to Pyongyang", "Kang Ye-jin", "named_person", "a"),
   ("How long did you work", None, "none", "o")]),
 ("qa", H + 'Harbour Courier spoke with Cho Sung-min, a former construction worker in Russia.\n\n'
  '**Harbour Courier:** How many hours did you work?\n\n**Cho:** Sixteen hours a day, every day.\n\n'
  '**Harbour Courier:** Who kept your passport?\n\n**Cho:** The security officer kept all our passports.',
  [("Sixteen hours", "Cho Sung-min", "named_person", "a"), ("security officer kept", "Cho Sung-min", "named_person", "a"),
   ("How many hours", None, "none", "o")]),
 ("qa", H + 'Labour activist Dana Roth spoke with the Harbour Courier.\n\nHC: Are the workers paid?\n\n'
  'ROTH: Most receive less than a tenth of their wages. The rest goes to the state.',
  [("less than a tenth", "Roth", "named_person", "a"), ("goes to the state", "Roth", "named_person", "a")]),
 ("transcript", H + 'HOST: With me is labour researcher Ines Moreau.\n\nMOREAU: The workers were forced to work 14 hours a day.\n\n'
  'HOST: And their passports?\n\nMOREAU: Held by the security officers, always.',
  [("14 hours a day", "Moreau", "named_person", "a"), ("security officers", "Moreau", "named_person", "a")]),
 ("transcript", H + 'KIM (through interpreter): They locked us in at night and took our phones.\n\n'
  'REPORTER: Kim says he was never paid.',
  [("locked us in", "KIM", "named_person", "a")]),
 ("transcript", H + 'UNIDENTIFIED WORKER (through translator): We were beaten if we talked back.\n\n[END VIDEO CLIP]\n\n'
  'ANCHOR: The company says it is investigating.',
  [("beaten if we talked", "UNIDENTIFIED WORKER", "anonymous_source", "a")]),
 ("fragment", H + 'The ministry said the claims were "completely false" and that all workers were paid on time.',
  [("paid on time", "ministry", "official", "a")]),
 ("fragment", H + 'A former logger said the men were "worked to exhaustion" and that two had died.',
  [("worked to exhaustion", "logger", "anonymous_source", "a")]),
 ("fragment", H + 'Conditions at the site were "inhumane," said Ruth Okafor, a researcher at Global Labour Watch.',
  [("inhumane", "Ruth Okafor", "named_person", "a")]),
 ("nested", H + 'Bong Ji-a said the supervisor told her: "You belong to the company now." She said she was never paid.',
  [("never paid", "Bong Ji-a", "named_person", "a")]),
 ("nested", H + '"The manager said, \'Your family back home will pay if you run,\' and we believed him," a seamstress said.',
  [("family back home", "seamstress", "anonymous_source", "a")]),
 ("continued", H + 'The source said the workers were moved to a new site. "They now work in the mines," the source went on. "Some are sick."',
  [("new site", "source", "anonymous_source", "a"), ("in the mines", "source", "anonymous_source", "a"),
   ("Some are sick", "source", "anonymous_source", "a")]),
 ("continued", H + 'An inspector with the State Labour Inspectorate said the workers had no contracts.\n\n"Their passports were in the director\'s office," the inspector added.',
  [("no contracts", "inspector", "official", "a"), ("director's office", "inspector", "official", "a")]),
 ("continued", H + 'Ha Jin-sol said she was forced to work at night.\n\nShe added that the managers withheld her wages for a year.',
  [("forced to work at night", "Ha Jin-sol", "named_person", "a"), ("withheld her wages", "Ha Jin-sol", "named_person", "a")]),
 ("backref", H + 'Paek Nam-il, 38, spent four years at a construction site near Moscow.\n\n"We had to pay the security officer to go out," Paek said. "Everyone was afraid."',
  [("pay the security officer", "Paek", "named_person", "a"), ("Everyone was afraid", "Paek", "named_person", "a")]),
 ("backref", H + 'The Harbour Courier spoke to three former workers. One of them, a welder, said the managers kept the passports.\n\n"We were like prisoners," he said.',
  [("kept the passports", "welder", "anonymous_source", "a"), ("like prisoners", "welder", "anonymous_source", "a")]),
 # ---- batch 3 ----
 ("outlet_after", H + 'Yoo Jin-a said: "We were locked in the dormitory every night."\n\nThe plant did not respond to requests for comment. Its website lists 400 employees.',
  [("locked in the dormitory", "Yoo Jin-a", "named_person", "a"), ("lists 400 employees", None, "outlet", "o")]),
 ("outlet_after", H + '"We were paid nothing for the first year," a former builder said. "They said it was for the flight."\n\nSuch arrangements are common, according to the UN special rapporteur.',
  [("first year", "builder", "anonymous_source", "a"), ("for the flight", "builder", "anonymous_source", "a"),
   ("arrangements are common", "special rapporteur", None, "b")]),
 ("multi_para3", H + 'Tae Yong-ho, a former logger, described life at the camp.\n\n"We got up at five.\n\n"We cut trees until dark. If someone fell ill, the foreman docked his pay.\n\n"Two men died in my first winter."',
  [("up at five", "Tae Yong-ho", "named_person", "a"), ("docked his pay", "Tae Yong-ho", "named_person", "a"),
   ("Two men died", "Tae Yong-ho", "named_person", "a")]),
 ("told_reporters", H + '"The company withheld three months of wages," Sofia Marin, a union organiser, told reporters on Monday.',
  [("three months of wages", "Sofia Marin", "named_person", "a")]),
 ("told_reporters", H + '"No worker has ever had his passport taken," a company representative told the BBC.',
  [("passport taken", "company representative", "organization", "a")]),
 ("said_surname", H + 'Hong Gil-dong, 52, worked in Tomsk for six years. "Nobody dared to complain," said Hong. "The security men were everywhere."',
  [("dared to complain", "Hong", "named_person", "a"), ("security men", "Hong", "named_person", "a")]),
 ("nested_colon", H + '"The manager told us: \'You will work until the quota is done,\' and we worked until midnight," said Seok Ha-yoon, a former seamstress.',
  [("until midnight", "Seok Ha-yoon", "named_person", "a")]),
 ("qa_assert", H + 'We spoke with Ahn Mi-jin, a former cook.\n\nQ: Your employer says you were paid in full. Were you?\n\nA: No. We received a few coupons each month.\n\nQ: And the passports?\n\nA: The manager kept them in his safe.',
  [("few coupons", "Ahn Mi-jin", "named_person", "a"), ("in his safe", "Ahn Mi-jin", "named_person", "a")]),
 ("qa_initials", H + 'Interview by Tom Reyes (TR) with Bo-ra Lim, a former seamstress.\n\nTR: How many hours did you work?\n\nBL: Fourteen, sometimes more. Nobody was paid overtime.\n\nTR: Could you leave?\n\nBL: Only with a minder.',
  [("Nobody was paid overtime", "Lim", "named_person", "a"), ("with a minder", "Lim", "named_person", "a"),
   ("How many hours", None, "none", "o")]),
 ("qa_interviewee", H + 'Interviewer: When did you arrive in Russia?\n\nInterviewee: In 2019. The agency took my passport at the airport.\n\nInterviewer: Were you paid?\n\nInterviewee: Never in cash.',
  [("took my passport", None, None, "a"), ("Never in cash", None, None, "a"), ("When did you arrive", None, "none", "o")]),
 ("transcript_named", H + 'ANCHOR: Our reporter Lisa Grant has the story.\n\nLISA GRANT: The workers here say they have not been paid since spring.\n\nWORKER (through interpreter): We want our money and our passports.',
  [("not been paid since spring", None, None, "b"), ("our passports", "worker", "anonymous_source", "a")]),
 ("transcript_speaking", H + 'SONG (speaking Korean): We worked from dawn until dark. The foreman kept our passports.\n\nHOST: Song now lives in Seoul.',
  [("dawn until dark", "Song", "named_person", "a"), ("foreman kept", "Song", "named_person", "a")]),
 ("continued", H + 'A trader in Dandong said the workers were moved at night.\n\n"They were loaded onto buses," the trader went on. "Nobody told them where they were going."',
  [("moved at night", "trader in Dandong", "anonymous_source", "a"), ("loaded onto buses", "trader", "anonymous_source", "a"),
   ("where they were going", "trader", "anonymous_source", "a")]),
 ("continued", H + 'Ri Mi-ok said the supervisors confiscated the workers\' phones. "We could only call home once a month," she continued. "And they listened."',
  [("confiscated the workers", "Ri Mi-ok", "named_person", "a"), ("once a month", "Ri Mi-ok", "named_person", "a")]),
 ("two", H + 'A source in Hyesan said the workers were beaten. A second source, a trader, said: "They are paid in corn."\n\nThe first source added that two workers had fled.',
  [("were beaten", "source in Hyesan", "anonymous_source", "a"), ("paid in corn", "source", "anonymous_source", "b"),
   ("two workers had fled", "source", "anonymous_source", "a")]),
 ("fragment", H + 'The workers live in what one former builder called "a camp inside a camp," with guards at every door.',
  [("camp inside a camp", None, None, "a")]),
 ("according", H + 'According to Jo Eun-sol, a former waitress, "the managers took our tips and our passports."',
  [("took our tips", "Jo Eun-sol", "named_person", "a")]),
 ("according", H + '"We were never told the terms of the contract," according to one worker interviewed by the newspaper.',
  [("terms of the contract", "worker", "anonymous_source", "a")]),
 ("speaker_first_then_quote", H + 'Min Seo-yeon, a nurse who treated the workers, said many had injuries from beatings.\n\n"I saw broken ribs and burns," she said. "They were too afraid to talk."',
  [("injuries from beatings", "Min Seo-yeon", "named_person", "a"), ("broken ribs", "Min Seo-yeon", "named_person", "a"),
   ("too afraid to talk", "Min Seo-yeon", "named_person", "a")]),
 ("official_quote", H + '"These workers are victims of trafficking," Interior Minister Petra Novak said at a press conference. "We will close the site."',
  [("victims of trafficking", "Petra Novak", "official", "a"), ("close the site", "Petra Novak", "official", "a")]),
 ("official_quote", H + 'A police spokesman said: "Officers found 30 workers locked in a warehouse. Their passports were in a safe."',
  [("locked in a warehouse", "police spokesman", "official", "a"), ("in a safe", "police spokesman", "official", "a")]),
 # ---- batch 4 ----
 ("document", H + 'The contract, seen by the Harbour Courier, states: "The employer shall keep the worker\'s passport for the duration of the contract."',
  [("keep the worker's passport", "contract", "document", "a")]),
 ("document", H + 'In a letter smuggled out of the camp, the workers wrote: "We have not been paid for eight months. Please help us."',
  [("eight months", "workers", None, "a")]),
 ("long_appositive", H + '"They took everything we earned," said a 40-year-old man from Chongjin who spent three years at the site and asked not to be named.',
  [("everything we earned", "man from Chongjin", "anonymous_source", "a")]),
 ("titled", H + '"We freed 14 workers from the basement," said Lt. Col. Ivan Petrov, a spokesman for the regional police.',
  [("freed 14 workers", "Ivan Petrov", "official", "a")]),
 ("pronoun_outlet", H + 'Baek Ji-won spent two years at a textile plant.\n\n"The doors were locked from outside," she told Al Jazeera.',
  [("locked from outside", "Baek Ji-won", "named_person", "a")]),
 ("qa_period", H + 'An interview with Nam Gyu-ri, a former restaurant worker.\n\nQ. How were you recruited?\n\nA. A state company chose me. I could not refuse.\n\nQ. Were you paid?\n\nA. The manager kept our wages.',
  [("could not refuse", "Nam Gyu-ri", "named_person", "a"), ("kept our wages", "Nam Gyu-ri", "named_person", "a"),
   ("How were you recruited", None, "none", "o")]),
 ("qa_relay", H + 'We spoke with Do Hye-won, who worked in Vladivostok.\n\nQ: What were you told?\n\nA: The manager said we would be paid at the end. We never were.\n\nQ: Did you try to leave?\n\nA: Yes, but the guards caught me.',
  [("paid at the end", "Do Hye-won", "named_person", "a"), ("guards caught me", "Do Hye-won", "named_person", "a")]),
 ("crosstalk", H + 'HOST: Let us hear from the workers.\n\nUNIDENTIFIED MAN: [crosstalk] They beat us when we asked for our pay.\n\nHOST: The company declined to comment.',
  [("beat us when we asked", "UNIDENTIFIED MAN", "anonymous_source", "a")]),
 ("two_quotes_para", H + '"We slept on the floor," said one woman. "We ate once a day," said another.',
  [("slept on the floor", "woman", "anonymous_source", "a"), ("once a day", "another", "anonymous_source", "b")]),
 ("quote_then_org", H + '"The passports were taken for safekeeping," said Ivan Sorokin, director of Taiga Timber.\n\n"Workers can ask for them at any time."',
  [("safekeeping", "Ivan Sorokin", "organization", "a"), ("at any time", "Ivan Sorokin", "organization", "a")]),
 ("later_surname", H + 'Kwak Jun-seo worked at the shipyard until 2022.\n\nThe guards beat workers who were late, Kwak said.',
  [("beat workers who were late", "Kwak", "named_person", "a")]),
 ("anon_official", H + '"About 2,000 North Korean workers remain in the province," said a local official who spoke on condition of anonymity.',
  [("2,000 North Korean", "official", "anonymous_source", "a")]),
 ("outlet_paraphrase_between", H + '"We were not allowed to leave," said Kim Hae-won, a former welder.\n\nThe plant, which opened in 2015, employs about 300 North Korean workers.\n\n"The guards locked the gate at eight," Kim said.',
  [("allowed to leave", "Kim Hae-won", "named_person", "a"), ("employs about 300", None, "outlet", "o"),
   ("locked the gate at eight", "Kim", "named_person", "a")]),
 ("unattr_after_para", H + 'Shin Yu-ri, 29, said the workers were fined for speaking Chinese.\n\n"If the manager heard us, he took a day\'s pay."',
  [("fined for speaking", "Shin Yu-ri", "named_person", "a"), ("a day's pay", "Shin Yu-ri", "named_person", "a")]),
 # ---- batch 5 ----
 ("after_appos", H + '"We were paid in flour and oil," Ryu Ha-jin, 37, a former builder, said.',
  [("flour and oil", "Ryu Ha-jin", "named_person", "a")]),
 ("after_appos", H + '"The camp was surrounded by a fence," Ivan Morozov, deputy head of the regional migration service, told reporters.',
  [("surrounded by a fence", "Ivan Morozov", "official", "a")]),
 ("after_appos", H + '"No worker was forced to stay," said Olga Lebedeva, chief executive of Severny Stroy, in a statement.',
  [("forced to stay", "Olga Lebedeva", "organization", "a")]),
 ("after_appos", H + '"The men were paid on time," Severny Stroy\'s chief executive, Olga Lebedeva, said.',
  [("paid on time", "Olga Lebedeva", "organization", "a")]),
 ("middle_appos", H + '"The workers," said Ana Ruiz, head of the local labour inspectorate, "had no written contracts at all."',
  [("no written contracts", "Ana Ruiz", "official", "a")]),
 ("say_present", H + '"We still have not been paid," says Han Seo-jun, who left the site in 2024.',
  [("not been paid", "Han Seo-jun", "named_person", "a")]),
 ("quote_in_q", H + 'We spoke with Gu Hae-rim, a former seamstress.\n\nQ: The company says, "Every worker was paid." Is that true?\n\nA: It is a lie. We got nothing for a year.\n\nQ: What about overtime?\n\nA: Nobody was paid for it.',
  [("got nothing for a year", "Gu Hae-rim", "named_person", "a"), ("Nobody was paid", "Gu Hae-rim", "named_person", "a")]),
 ("transcript_roles", H + 'PRESENTER: Tonight, the workers behind the seafood trade.\n\nSEO (former worker): We packed fish for 14 hours a day. The managers kept our passports.\n\nPRESENTER: The firm did not reply.',
  [("14 hours", "Seo", "named_person", "a"), ("kept our passports", "Seo", "named_person", "a")]),
 ("transcript_timestamps", H + '[00:01:12] HOST: Welcome back.\n\n[00:01:20] LEE: The agency took my passport. I paid 3,000 dollars to get the job.\n\n[00:02:05] HOST: Thank you.',
  [("took my passport", "Lee", "named_person", "a"), ("3,000 dollars", "Lee", "named_person", "a")]),
 ("two_para_speaker_after", H + '"We were promised 800 dollars a month.\n\n"We got 100, and the rest went to the party fund," said Yeo Jin-ho, a former welder.',
  [("800 dollars", "Yeo Jin-ho", "named_person", "a"), ("party fund", "Yeo Jin-ho", "named_person", "a")]),
 ("anon_pseudonym", H + 'A 27-year-old waitress, who asked to be identified only by her initial, J., said the manager kept her passport.\n\n"I could not go anywhere," she said.',
  [("kept her passport", None, None, "a"), ("go anywhere", None, None, "a")]),
 ("quote_then_pronoun_next_para", H + 'Lee Da-eun said the foreman beat two workers in front of everyone.\n\n"He wanted us to be afraid," she said.\n\nThe company has denied the allegations.',
  [("beat two workers", "Lee Da-eun", "named_person", "a"), ("us to be afraid", "Lee Da-eun", "named_person", "a"),
   ("denied the allegations", None, None, "b")]),
 ("speaker_before_colon_multi", H + 'One of the workers, a 50-year-old man from Hamhung, put it this way: "We are slaves. We work and they take everything."',
  [("take everything", "man from Hamhung", "anonymous_source", "a")]),
 ("quote_wrote", H + '"Our wages were cut by half without notice," the workers wrote in a petition to the labour ministry.',
  [("cut by half", "workers", None, "a")]),
 ("statement_quote", H + 'In a statement, Coral Bay Foods said: "We have never confiscated passports. Workers keep their own documents."',
  [("never confiscated", "Coral Bay Foods", "organization", "a"), ("keep their own documents", "Coral Bay Foods", "organization", "a")]),
 # ---- batch 6 ----
 ("curly_para", H + '\u201cThe foreman hit me with a shovel,\u201d said Jung Da-som, a former builder.\n\n\u201cI was in hospital for a week. They deducted the days from my pay.\u201d',
  [("hit me with a shovel", "Jung Da-som", "named_person", "a"), ("deducted the days", "Jung Da-som", "named_person", "a")]),
 ("curly_open_para", H + 'Jung Da-som, a former builder, said: \u201cThe foreman hit me with a shovel.\n\n\u201cThey deducted the days in hospital from my pay.\u201d\n\nThe builder now lives in Seoul.',
  [("hit me with a shovel", "Jung Da-som", "named_person", "a"), ("deducted the days", "Jung Da-som", "named_person", "a")]),
 ("asked", H + 'Asked about the passports, a manager at the plant said: "We keep them so they are not lost."',
  [("not lost", "manager", None, "a")]),
 ("the_official_added", H + '"About 400 workers had no valid permits," said an official at the Ministry of Internal Affairs. "They will be deported," the official added.',
  [("valid permits", "official", "official", "a"), ("will be deported", "official", "official", "a")]),
 ("source_continued_para", H + 'A source in Nampo told the Harbour Courier that the crews were sent to sea for months.\n\n"They come back thin and sick," the source continued. "Some never come back."',
  [("sent to sea", "source in Nampo", "anonymous_source", "a"), ("thin and sick", "source", "anonymous_source", "a"),
   ("never come back", "source", "anonymous_source", "a")]),
 ("two_named_alternating", H + '"We were fined for being late," said Ko Eun-bi.\n\n"They fined us for talking, too," said Baek Ha-rin.\n\n"And for being sick," Ko added.',
  [("fined for being late", "Ko Eun-bi", "named_person", "a"), ("fined us for talking", "Baek Ha-rin", "named_person", "b"),
   ("being sick", "Ko", "named_person", "a")]),
 ("paraphrase_then_quote_other", H + 'The company said the workers were paid in full. But one worker disagreed: "We never saw the money."',
  [("paid in full", "company", "organization", "a"), ("never saw the money", "worker", "anonymous_source", "b")]),
 ("quote_said_he_then_fact", H + '"They kept my passport for three years," said Ahn Byung-chul, a fisherman. His wife said he was never paid.',
  [("three years", "Ahn Byung-chul", "named_person", "a"), ("never paid", "wife", "anonymous_source", "b")]),
 ("he_said_first", H + 'He was 19 when he arrived. "I thought I would earn money for my family," said Ryu Si-woo. "Instead I worked for nothing."',
  [("worked for nothing", "Ryu Si-woo", "named_person", "a")]),
 ("unidentified_female_interviewer", H + 'INTERVIEWER: Tell us about the dormitory.\n\nFORMER WORKER: Twenty of us in one room. The door was locked at ten.\n\nINTERVIEWER: And the wages?\n\nFORMER WORKER: We never got them.',
  [("door was locked", "former worker", "anonymous_source", "a"), ("never got them", "former worker", "anonymous_source", "a")]),
 ("qa_name_colon_mixed", H + 'An interview with labour researcher Tomas Berg.\n\nQ: How widespread is the practice?\n\nBerg: Very. We found passports held at nine of the ten sites we visited.\n\nQ: Who holds them?\n\nBerg: Usually the site manager.',
  [("nine of the ten sites", "Berg", "named_person", "a")]),
 # ---- batch 7 ----
 ("qa_described2", H + 'Daily NK spoke to a North Korean labourer who recently returned from Russia.\n\nQ: How much were you paid?\n\nA: About 50 dollars a month. The rest went to the state.\n\nQ: Did you have days off?\n\nA: One day a month, if we were lucky.',
  [("50 dollars", "labourer", "anonymous_source", "a"), ("went to the state", "labourer", "anonymous_source", "a"),
   ("How much were you paid", None, "none", "o")]),
 ("qa_described3", H + 'The following is an edited transcript of our conversation with a logger in Amur.\n\nQ: Who kept your passport?\n\nA: The camp chief. He kept all of them.\n\nQ: Could you leave the camp?\n\nA: Never without a guard.',
  [("camp chief", "logger", "anonymous_source", "a"), ("without a guard", "logger", "anonymous_source", "a")]),
 ("transcript_full_label", H + 'PARK JI-HOON, FORMER WORKER (through translator): They took our passports at the airport.\n\nREPORTER: Park says he was never paid.',
  [("took our passports", "Park Ji-hoon", "named_person", "a")]),
 ("transcript_voice", H + 'REPORTER: We asked the workers about their pay.\n\nWORKER 1 (translated): We get nothing. The boss keeps it all.\n\nWORKER 2 (translated): I have not been paid since March.',
  [("boss keeps it all", None, "anonymous_source", "a"), ("since March", None, "anonymous_source", "b")]),
 ("qa_outlet_caps", H + 'NK Weekly talked to Cha Yu-na, a former seamstress in Dandong.\n\nNK WEEKLY: What were the hours?\n\nCHA YU-NA: From seven to eleven at night. We were locked in.\n\nNK WEEKLY: And the pay?\n\nCHA YU-NA: Almost none of it reached us.',
  [("locked in", "Cha Yu-na", "named_person", "a"), ("reached us", "Cha Yu-na", "named_person", "a"),
   ("What were the hours", None, "none", "o")]),
 ("qa_initial_labels", H + 'We spoke with Ok Ji-min (OJ), a former cook.\n\nQ: Were you ever paid in cash?\n\nOJ: Never. The manager took everything.\n\nQ: Could you call home?\n\nOJ: Once a year.',
  [("manager took everything", "Ok Ji-min", "named_person", "a")]),
 # ---- batch 8 ----
 ("verbs2", H + '"We were treated like animals," the man said through an interpreter, asking not to be named.',
  [("like animals", "man", "anonymous_source", "a")]),
 ("verbs2", H + '"Nobody was paid for the night shifts," she said by phone from Seoul. Her name is Lee Ga-eun, and she left the plant in 2023.',
  [("night shifts", None, None, "a")]),
 ("verbs2", H + '"Some of the workers were beaten," the official acknowledged, speaking on condition of anonymity because he was not authorised to talk to the media.',
  [("were beaten", "official", None, "a")]),
 ("verbs2", H + '"The company still owes us four months of wages," complained Noh Tae-il, a welder.',
  [("four months of wages", "Noh Tae-il", "named_person", "a")]),
 ("verbs2", H + '"If you talk to journalists, you will be sent home," the foreman warned the workers, according to two of them.',
  [("sent home", None, None, "a")]),
 ("verbs2", H + '"The guards carried batons," said the 34-year-old, who now lives in Seoul.',
  [("carried batons", "34-year-old", "anonymous_source", "a")]),
 ("verbs2", H + '"We were told the wages would be paid at the end of the contract," admitted Park Yoo-na, the agency\'s recruiter.',
  [("end of the contract", "Park Yoo-na", None, "a")]),
 ("verbs2", H + '"They keep the workers\' passports in a safe in the office," alleged Kwon Ha-neul, a former interpreter at the site.',
  [("in a safe", "Kwon Ha-neul", "named_person", "a")]),
 ("anon_after_named", H + '"We were fined for every mistake," said Song Ji-ho, a former welder. Another worker, who asked not to be named, said the fines were taken from their wages.',
  [("every mistake", "Song Ji-ho", "named_person", "a"), ("taken from their wages", "worker", "anonymous_source", "b")]),
 ("later_she_said", H + 'Jin Ye-seul, 26, came to the factory in 2021.\n\nThe supervisors read all her messages, she said.\n\n"I could not tell my mother anything."',
  [("read all her messages", "Jin Ye-seul", "named_person", "a"), ("tell my mother", "Jin Ye-seul", "named_person", "a")]),
]


def _speakers(text: str) -> list[tuple[str, str | None, str, str]]:
    a = analyse(text, META)
    out = []
    for c in a.claims:
        s = a.source(c.source)
        assert s is not None
        out.append((c.text, s.wording, s.kind, c.source))
    return out


@pytest.mark.parametrize("shape,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_quote_speakers(shape: str, text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    got = _speakers(text)
    groups: dict[str, str] = {}
    for frag, head, kind, grp in expected:
        claim = next((g for g in got if frag in g[0]), None)
        if kind == "none":
            assert claim is None or claim[2] == "outlet", (shape, frag, claim)
            continue
        assert claim is not None, (shape, frag, got)
        _, wording, k, key = claim
        if kind is not None:
            assert k == kind, (frag, wording, k)
        if head is None and kind == "outlet":
            assert key == "OUTLET", (frag, wording)
        elif head is not None:
            assert wording is not None and head.lower() in wording.lower(), (frag, wording)
        if grp != "o":
            assert groups.setdefault(grp, key) == key, (frag, groups)
    assert len(set(groups.values())) == len(groups), groups  # different letters, different sources


def _one(sentence: str) -> tuple[str | None, str]:
    got = _speakers(H + sentence)
    claim = next(g for g in got if g[0].startswith(sentence[:20]))
    return claim[1], claim[2]


@pytest.mark.parametrize("label,person", [
    ("UNIDENTIFIED MALE", True), ("Unidentified woman", True), ("UNNAMED WORKER", True), ("ANONYMOUS CALLER", True),
    ("TAXI DRIVER", True), ("UNIDENTIFIED", False), ("PARK", False), ("UNIDENTIFIED MALE VOICE OVER", False),
])
def test_unidentified_transcript_labels_are_unnamed_people(label: str, person: bool) -> None:
    from labourlens.analyse.interviewees import person_label

    assert person_label(label) is person


@pytest.mark.parametrize("line,kind", [
    ("UNIDENTIFIED FEMALE: The agency kept our passports and locked us in.", "anonymous_source"),
    ("UNIDENTIFIED MAN (through translator): The agency kept our passports.", "anonymous_source"),
    ("KIM YONG-CHOL: The agency kept our passports and locked us in.", "named_person"),
])
def test_transcript_label_kinds(line: str, kind: str) -> None:
    assert _one(line)[1] == kind


@pytest.mark.parametrize("before,who", [
    ("The following interview with a former worker has been edited for length.", "a former worker"),
    ("We spoke to a seamstress who left the factory in 2022.", "a seamstress"),
    ("This is a conversation with an ex-worker, edited for clarity.", "an ex-worker"),
    ("In an interview with a local newspaper, the company denied it.", None),
    ("We spoke to a lot of people.", None),
    ("Nothing here names anyone.", None),
])
def test_an_interviewee_only_described(before: str, who: str | None) -> None:
    from labourlens.analyse.interviewees import described_interviewee

    assert described_interviewee(before) == who


def test_answers_of_a_described_interviewee_are_theirs_not_the_outlets() -> None:
    got = _speakers(H + "Below is our interview with a former welder.\n\nQ: Who kept your passport?\n\n"
                    "A: The foreman kept it in a safe.\n\nQ: Were you paid?\n\nA: We were never paid in cash.")
    answers = [g for g in got if g[0].startswith("A:")]
    assert len(answers) == 2 and {g[3] for g in answers} != {"OUTLET"} and len({g[3] for g in answers}) == 1
    assert all(g[2] == "anonymous_source" and "welder" in (g[1] or "") for g in answers), answers


def test_in_an_interview_with_a_newspaper_the_answers_are_not_the_newspapers() -> None:
    got = _speakers(H + "In an interview with a local newspaper, Coral Bay Foods denied the claims.\n\n"
                    "Q: Do you hold the passports?\n\nA: No, every worker keeps his passport.\n\nQ: And the wages?\n\n"
                    "A: They are paid in full every month.")
    assert all("newspaper" not in (g[1] or "") for g in got), got


@pytest.mark.parametrize("line", ["**A:** The foreman kept our passports.", "__A:__ The foreman kept our passports.",
                                  "A: The foreman kept our passports."])
def test_bold_answer_labels(line: str) -> None:
    got = _speakers(H + f"Sim Eun-ha spoke to us about the plant.\n\n**Q: Who held the passports?**\n\n{line}")
    claim = next(g for g in got if "foreman kept" in g[0])
    assert claim[1] == "Sim Eun-ha" and claim[2] == "named_person"


@pytest.mark.parametrize("line,label", [
    ("**Cho:** Sixteen hours a day.", "Cho"), ("**Dana Roth**: We never saw a payslip.", "Dana Roth"),
    ("**Cho Sung-min (through interpreter):** We slept in containers.", "Cho Sung-min"),
    ("Cho: Sixteen hours a day.", None), ("**Note:** names have been changed.", None),
    ("The **manager**: he kept everything.", None),
])
def test_bold_speaker_labels(line: str, label: str | None) -> None:
    from labourlens.analyse.mentions import transcript_label

    got = transcript_label(line)
    assert (got[0] if got else None) == label


@pytest.mark.parametrize("np,kind", [
    ("Lt. Col. Ivan Petrov", "official"), ("Col. Ivan Petrov", "official"), ("Maj. Ana Ruiz", "official"),
    ("Gen. Ivan Petrov", "official"), ("Sgt. Ivan Petrov", "official"), ("Capt. Ivan Petrov", "named_person"),
    ("Lt. Col. Ivan Petrov, a spokesman for the regional police", "official"),
    ("a major employer", "organization"), ("Gen Z workers", "anonymous_source"),
])
def test_abbreviated_ranks_before_a_name(np: str, kind: str) -> None:
    from labourlens.analyse.speakers import classify

    assert classify(np) == kind


@pytest.mark.parametrize("sentence,head,kind", [
    ('"The passports were kept for safekeeping," said Ivan Sorokin, director of Taiga Timber.',
     "Ivan Sorokin, director of Taiga Timber", "organization"),
    ('"The passports were kept for safekeeping," said Ana Ruiz, spokeswoman for the labour ministry.',
     "Ana Ruiz, spokeswoman for the labour ministry", "official"),
    ('"The passports were kept," said Pak Chol, 41, who worked at the plant.', "Pak Chol", "named_person"),
    ('"The passports were kept in a safe," Kim Chol, 45, said.', "Kim Chol", "named_person"),
    ('"The passports were kept in a safe," Ivan Sorokin, director of Taiga Timber, said.',
     "Ivan Sorokin, director of Taiga Timber", "organization"),
    ('"The passports were kept in a safe," Ana Ruiz, head of the labour ministry\'s press office, told reporters.',
     "Ana Ruiz", "official"),
    ('"The passports were kept in a safe," Ana Ruiz, researcher at Global Labour Watch, said.', "Ana Ruiz",
     "named_person"),
])
def test_speaker_after_a_quote_with_a_bare_role(sentence: str, head: str, kind: str) -> None:
    wording, got = _one(sentence)
    assert got == kind and wording is not None and wording.startswith(head), (wording, got)


@pytest.mark.parametrize("sentence,head", [
    ("The passports, kept in a safe at the office, were never returned, the workers said.", "the workers"),
    ("The workers, most of them women from Hamhung, said they were beaten.", "The workers"),
])
def test_commas_in_the_claim_are_not_an_apposition(sentence: str, head: str) -> None:
    wording, _ = _one(sentence)
    assert wording is not None and wording.startswith(head), wording


@pytest.mark.parametrize("sentence,head,kind", [
    ('"The workers," said Ana Ruiz, head of the local labour inspectorate, "had no written contracts at all."',
     "Ana Ruiz, head of the local labour inspectorate", "official"),
    ('"The workers," Ana Ruiz, director of Coral Foods, said, "had no written contracts at all."',
     "Ana Ruiz, director of Coral Foods", "organization"),
    ('"The workers," said Pak Chol, 41, "had no written contracts at all."', "Pak Chol", "named_person"),
    ('"The workers," said Pak Chol, who left the plant in 2022, "had no written contracts at all."', "Pak Chol",
     "named_person"),
    ('"The workers," said Pak Chol, mother of two, "had no written contracts at all."', "Pak Chol", "named_person"),
])
def test_speaker_in_the_middle_of_a_quote_keeps_a_role_in_apposition(sentence: str, head: str, kind: str) -> None:
    wording, got = _one(sentence)
    assert got == kind and wording == head, (wording, got)


def _quote_ids(text: str) -> list[int | None]:
    from labourlens.analyse.sentences import split

    return [s.quote for s in split(text) if s.kind == "body"]


@pytest.mark.parametrize("text,same", [
    ('"We were promised 800 dollars a month.\n\n"We got 100," said Yeo Jin-ho.', True),
    ('\u201cWe were promised 800 dollars.\n\n\u201cWe got 100,\u201d said Yeo Jin-ho.', True),
    ('"We were promised 800 dollars," he said.\n\n"We got 100," said Yeo Jin-ho.', False),
    ('"We were promised 800 dollars."\n\n"We got 100," said Yeo Jin-ho.', False),
    ('He said "we were promised 800 dollars.\n\nThe plant employs 300 workers. "We got 100," said Yeo Jin-ho.', False),
])
def test_a_quotation_left_open_goes_on_in_the_next_quoted_paragraph(text: str, same: bool) -> None:
    ids = _quote_ids(text)
    assert ids[0] is not None and ids[-1] is not None
    assert (ids[0] == ids[-1]) is same, ids


def test_speaker_named_at_the_end_of_a_two_paragraph_quote_speaks_the_first_paragraph() -> None:
    got = _speakers(H + '"We were promised 800 dollars a month. Nobody told us about the deductions.\n\n'
                    '"We got 100, and the rest went to the state," said Yeo Jin-ho, a former welder.')
    keys = {g[3] for g in got if "800 dollars" in g[0] or "went to the state" in g[0]}
    assert len(keys) == 1 and keys != {"OUTLET"}, got


@pytest.mark.parametrize("sentence,head,kind", [
    ('But one worker disagreed: "We never saw the money for the overtime."', "one worker", "anonymous_source"),
    ('A former cook objected: "Nobody was paid for the overtime."', "A former cook", "anonymous_source"),
    ('And the labour ministry countered: "Every worker was paid for the overtime."', "the labour ministry", "official"),
])
def test_a_subject_taking_a_side_before_a_colon_speaks_the_quote(sentence: str, head: str, kind: str) -> None:
    assert _one(sentence) == (head, kind)


def test_a_colon_after_a_plain_clause_is_not_a_speaker() -> None:
    wording, kind = _one('So the overtime pay for the workers changed: "coupons instead of cash".')
    assert kind == "outlet" and wording is None


@pytest.mark.parametrize("line,label", [
    ("WORKER 2 (translated): We get nothing at all.", "WORKER 2"),
    ("RESIDENT 1: The men never come out.", "RESIDENT 1"),
    ("KIM SOO-JIN, FORMER WORKER (through translator): We get nothing.", "KIM SOO-JIN"),
    ("UPDATE 2: The company responded on Friday.", None),
    ("PART 2: The workers were beaten.", None),
    ("DAY 3: The workers were beaten.", None),
])
def test_numbered_and_described_transcript_labels(line: str, label: str | None) -> None:
    from labourlens.analyse.mentions import transcript_label

    got = transcript_label(line)
    assert (got[0] if got else None) == label


def test_numbered_speakers_in_a_transcript_are_told_apart() -> None:
    got = _speakers(H + "REPORTER: We asked the workers about their pay.\n\n"
                    "WORKER 1 (translated): We get nothing. The boss keeps our wages.\n\n"
                    "WORKER 2 (translated): I have not been paid since March.")
    one = [g for g in got if "get nothing" in g[0] or "boss keeps" in g[0]]
    two = next(g for g in got if "since March" in g[0])
    assert len({g[3] for g in one}) == 1 and one[0][3] not in ("OUTLET", two[3])
    assert one[0][2] == two[2] == "anonymous_source"
