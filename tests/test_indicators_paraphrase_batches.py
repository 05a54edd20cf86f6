"""More paraphrases of the ILO indicators, in batches that were written before the lexicon
rules that now match them (each batch measured how well the lexicon generalised, then the
rules were widened). All sentences were written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match

# A second batch, written before the rules that now match it (a check of how the lexicon generalises).
MORE: dict[str, list[str]] = {
    'abuse_of_vulnerability': [
        'Most arrived with papers identifying them as language students, which left them with no legal right to work.',
        'Because their visas had lapsed, the men could not go to the police.',
        'Recruiters favour applicants whose relatives are party members, a former official said.',
        'Families at home are effectively held as collateral against defection.',
        'Unable to read the Chinese labels, the women relied entirely on their supervisor.',
        'The women, who spoke no Arabic, had no way of seeking help.',
        'Without valid residence permits, the loggers were at the mercy of the contractor.',
        'Only those with spouses and children back home were allowed to go.',
    ],
    'deception': [
        'Instead of the hotel jobs they had been offered, the women were sent to a fish plant.',
        'Nobody explained the deductions printed on the pay sheet.',
        'The wage written in the contract turned out to be fiction.',
        'Brokers misrepresented both the pay and the type of work.',
        'The men signed documents they were not allowed to read.',
        'They had been assured that they could return home after two years.',
        'What was sold to them as a training programme was full-time factory work.',
    ],
    'restriction_of_movement': [
        'A guard at the gate checks everyone who leaves the compound.',
        'The workers are ferried in a locked bus from the dormitory to the site and back.',
        'No worker may leave the dormitory after eight in the evening.',
        'They are kept inside the compound except for a monthly trip to the market.',
        'Going into town requires a written pass from the team leader.',
        'Two security men sleep by the door of the dormitory.',
        'The loggers were forbidden from leaving the camp.',
        'Since the outbreak, the women have not been allowed beyond the factory gate.',
    ],
    'isolation': [
        'Their only contact with home is a letter every few months, read by the manager first.',
        'The crews have no way of reaching their families.',
        'Mobile phones are banned in the dormitory.',
        'The women were told never to answer questions from outsiders.',
        'They live in a separate wing and eat at separate tables from the Chinese workers.',
        'News from outside reaches them only through the political instructor.',
        'Some have not heard from their children in years.',
        'The site is so remote that the nearest shop is a day away by boat.',
    ],
    'physical_and_sexual_violence': [
        'One man was beaten unconscious by the foreman.',
        'The supervisor punched a worker who asked to see a doctor.',
        "Women were sexually harassed by the plant's managers.",
        'A minder kicked him repeatedly in the stomach.',
        'The brigade leader hit them with a shovel handle when they fell behind.',
        'She was assaulted by a manager in the storeroom.',
        'Workers showed scars they said came from beatings by guards.',
        'He was slapped hard across the face in front of the whole team.',
    ],
    'intimidation_and_threats': [
        'Managers threatened to send home anyone who joined the protest.',
        'They were told their parents would be sent to a labour camp if they ran.',
        'A worker who complained was publicly humiliated at the weekly meeting.',
        'The minder warned them that talking to journalists would have consequences.',
        'Those who missed the quota faced a reduced food ration and public criticism.',
        'Workers said they were afraid of being reported to the security official.',
        'The men were told that deserters would be hunted down.',
        'Supervisors kept a notebook of every complaint and reminded the workers of it.',
    ],
    'retention_of_identity_documents': [
        "The contractor took their passports 'for registration' and never returned them.",
        'His passport was locked in the company safe.',
        'All identity papers were held by the team leader for the length of the contract.',
        'She had to ask the manager for her passport whenever the police stopped her.',
        'The women never saw their passports again after the airport.',
        'Their residence cards remained with the employer.',
        'Passports were gathered up by the political officer on the first night.',
        'The workers had no documents on them; the company had everything.',
    ],
    'withholding_of_wages': [
        'Their salaries were paid straight into an account controlled by the company.',
        'The women received only a small allowance; the rest of their pay went to Pyongyang.',
        'Wages are withheld until the end of the three-year contract.',
        'Workers went six months without pay.',
        'Almost all of the money they earned was handed over to the state.',
        "The men's wages were deposited with the brigade leader, who doled out pocket money.",
        "A large part of each pay packet was taken as a 'loyalty contribution'.",
        'The company kept back 60 percent of every salary.',
    ],
    'debt_bondage': [
        "They began the contract owing the agency more than a year's wages.",
        'Workers took out loans from their managers and could not pay them off.',
        "The cost of their flights was deducted from their first year's pay.",
        "He had mortgaged his family's house to pay the recruiter.",
        'Until the recruitment debt was cleared, nobody could leave.',
        'The women were charged for their food and lodging, which left them in debt.',
        'Bribes for the posting ran to several hundred dollars, borrowed from relatives.',
        'Their debt to the company only grew with every month.',
    ],
    'abusive_working_and_living_conditions': [
        'Forty men sleep in a single container with no ventilation.',
        'The workers handle bleach and solvents without gloves or masks.',
        'Several loggers have lost fingers in accidents.',
        'They are fed rice and salted cabbage, and often go to bed hungry.',
        'The dormitory has one toilet for 60 women.',
        'A worker died after falling from scaffolding that had no safety rail.',
        'Injured workers are not taken to hospital.',
        'The barracks are damp, cold and crawling with lice.',
    ],
    'excessive_overtime': [
        'Shifts regularly last fourteen hours or more.',
        'They sew from seven in the morning until eleven at night.',
        'The women get two days of rest a month.',
        'The crews worked every day without a break for three months.',
        'During the peak season nobody gets a day off.',
        'The men are on the site from first light until well after dark.',
        "Night shifts are added on top of a full day's work.",
        'They work around the clock to meet the export deadline.',
    ],
}



# A third batch in the style of NGO reports and quoted testimony, also written before the rules.
THIRD: dict[str, list[str]] = {
    'abuse_of_vulnerability': [
        'Because none of them spoke the language, the workers depended on the interpreter the company supplied, who was also their supervisor.',
        'The women had been told that any attempt to defect would bring ruin on their parents.',
        "Officially they were on 'internships', which meant no labour inspector could help them.",
        'Having overstayed their permits, the crews were in no position to complain.',
        'Selection favoured men whose families had clean political records.',
    ],
    'deception': [
        "'They said it would be a restaurant job,' she recalled. 'It was a sewing floor.'",
        'The salary on paper was 700 dollars; in practice the workers saw a fraction of it.',
        'The men had been recruited for a two-year stint but were still there in their fourth year.',
        'Their contracts, drafted in Russian, bore little relation to what they were told at home.',
        'The brokers lied about the hours, the pay and the housing.',
    ],
    'restriction_of_movement': [
        "'We could go nowhere,' one former worker said.",
        'Outside working hours the men were locked into their barracks.',
        'Trips beyond the site perimeter were allowed only under supervision.',
        "The factory's gate stays shut, and the women leave only when they are taken somewhere.",
        'They were not permitted to set foot outside the compound without an escort.',
    ],
    'isolation': [
        "'We had no idea what was happening in the world,' he said.",
        'The crew was not allowed any contact with the villagers.',
        'Calls home were forbidden for the first year.',
        'The workers were housed apart from everyone else at the far end of the yard.',
        'Any letters they wrote were opened and read.',
    ],
    'physical_and_sexual_violence': [
        'The overseer would slap the women if they were slow.',
        'Guards beat a worker so badly that he could not stand for days.',
        'A manager forced himself on one of the waitresses, according to two colleagues.',
        'Those caught trying to escape were beaten with sticks.',
        'The men were regularly kicked and punched by the crew boss.',
    ],
    'intimidation_and_threats': [
        'Complainers were told they would never be sent abroad again.',
        "'If you talk, your family pays,' the manager told them.",
        'Workers were made to denounce each other at weekly sessions.',
        'The women lived under the constant threat of being sent home.',
        'A security officer warned the crew that anyone who spoke to outsiders would be punished.',
    ],
    'retention_of_identity_documents': [
        "The passports disappeared into the manager's office on the first day and stayed there.",
        'Workers could not produce identity papers when the police came because the company held them.',
        "Their documents were taken 'for safekeeping' and never given back.",
        "The agency kept the men's passports in a locked cabinet.",
    ],
    'withholding_of_wages': [
        'Pay was handed to the brigade leader in cash and never reached the men.',
        "The women were told their wages were being 'saved' for them until they returned home.",
        "Each month most of the salary was sent to Pyongyang as a 'plan contribution'.",
        'They worked for eight months and were paid for two.',
        'The workers said they had not received a single payment since arriving.',
    ],
    'debt_bondage': [
        'The men arrived already owing thousands of dollars for their placements.',
        "Whatever they earned went first to paying off the 'departure fee'.",
        'Relatives lent money for the bribes, and the workers spent years repaying it.',
        'Food and rent were charged against their wages, so the debt kept rising.',
        'They could not leave because they still owed the company for their travel.',
    ],
    'abusive_working_and_living_conditions': [
        'The women sleep on the factory floor between the sewing machines.',
        'Temperatures in the container reach 50 degrees in August.',
        'Men were working on roofs without harnesses.',
        'They share 12 to a room in a prefabricated hut.',
        'A welder lost an eye when a grinder shattered.',
    ],
    'excessive_overtime': [
        'They are on their feet from six in the morning to ten at night.',
        'Rest days were cancelled whenever an order came in.',
        'Working 15 hours a day was normal during the season.',
        "The only day off was the leader's birthday.",
        'The women sometimes worked 30 hours without sleep to finish an order.',
    ],
}



# A fourth batch: wire copy, official findings and defectors' accounts, written before the rules.
FOURTH: dict[str, list[str]] = {
    'abuse_of_vulnerability': [
        'Officials admitted that the men, who held only visitor permits, had no standing to bring a complaint.',
        'The firm exploited the fact that the workers could not read the contracts.',
        'Applicants must leave a spouse and at least one child at home, defectors say.',
        'With their visas expired, the women feared arrest more than they feared the manager.',
        'Recruits are vetted for political reliability before departure.',
    ],
    'deception': [
        'The wages advertised in Pyongyang were three times what the workers actually received.',
        'She had been recruited as a cook but spent two years on a fish-gutting line.',
        "Contract terms were changed after arrival without the workers' knowledge.",
        'The men believed they were going to Russia for a year; they were kept for four.',
        'Recruiters promised free housing but later billed the workers for rent.',
    ],
    'restriction_of_movement': [
        'Chaperones accompany the waitresses whenever they leave the restaurant.',
        'The men are marched to the site each morning and marched back each night.',
        'A handler stays with the team around the clock.',
        'The dormitory is ringed by a fence and its gate is padlocked at dusk.',
        'Workers who wish to visit the town must apply a week in advance.',
    ],
    'isolation': [
        'The women had no means of telling anyone at home where they were.',
        "Handlers confiscated the crew's mobile phones and SIM cards.",
        'Talking to local staff could get a worker sent home.',
        'They had not been in touch with their relatives for over a year.',
        "The plant's North Korean workers eat, sleep and work in a building that no outsider enters.",
    ],
    'physical_and_sexual_violence': [
        'A former worker described being struck repeatedly with a metal rod.',
        'Supervisors used violence to keep the pace of work up.',
        'Several workers were assaulted after they complained about food.',
        'The women were subjected to sexual abuse by a senior manager.',
        'He bore the marks of a beating when he arrived at the hospital.',
    ],
    'intimidation_and_threats': [
        'The team was warned that any escape would be treated as treason.',
        'Workers are reminded constantly that their families are being watched.',
        'Those who fell short of the plan were threatened with transfer to a harsher site.',
        'Managers made clear that complaints would be reported to Pyongyang.',
        'The women said they were too frightened to speak openly.',
    ],
    'retention_of_identity_documents': [
        'Upon arrival, passports are handed to the company representative.',
        'Not one of the workers interviewed had possession of his own passport.',
        'Their identity documents stayed with the brigade leader throughout.',
        'The employer refused to return the passports when the men asked for them.',
        'Passports were kept under lock and key in the site office.',
    ],
    'withholding_of_wages': [
        'The men were paid nothing for the first six months.',
        'Their earnings were remitted to a state-linked firm in Pyongyang.',
        'Each worker handed over 80 percent of his pay to the party.',
        'The cook said she never once saw a payslip.',
        'Payment for the work went to the North Korean side, not to the workers.',
    ],
    'debt_bondage': [
        "To secure a place on the team he paid officials the equivalent of a year's income.",
        'The workers remain in debt to the company for the cost of their recruitment.',
        'Advances on wages came with interest that kept the women indebted.',
        'He was told he could not leave until he had paid off his training costs.',
        'Travel and visa costs were charged to the men and taken out of their pay.',
    ],
    'abusive_working_and_living_conditions': [
        'They sleep in shipping containers that turn into ovens in summer.',
        'Fifteen women share a windowless room above the workshop.',
        'There is no protective equipment for work with solvents.',
        'Two loggers were crushed by a falling tree last winter.',
        'The food is so poor that several workers have fallen ill.',
    ],
    'excessive_overtime': [
        'They work twelve hours a day, seven days a week.',
        'Workdays routinely stretch to sixteen hours.',
        'Rest is limited to one day a month.',
        'The seamstresses worked late into the night to meet the plan.',
        'Even on public holidays, work on the site did not stop.',
    ],
}



# A fifth batch of short, plain statements, written before the rules.
FIFTH: dict[str, list[str]] = {
    'abuse_of_vulnerability': [
        'As undocumented migrants, the workers could be deported at any moment.',
        'The women have no passports, no money and no one to turn to.',
        'Because they are in the country illegally, the men cannot report abuse.',
        'Their relatives serve as hostages to guarantee their return.',
    ],
    'deception': [
        'The workers were lied to about where they were going.',
        'None of them knew before departure that they would be working in a mine.',
        'The men were given fake contracts to show inspectors.',
        "The 'study programme' they had signed up for never existed.",
    ],
    'restriction_of_movement': [
        'The workers are virtual prisoners in the compound.',
        'They may not quit before the contract ends.',
        'The men have been stuck in Russia since the border closed.',
        'Anyone who left the site without permission was hunted down and brought back.',
    ],
    'isolation': [
        'They are cut off from news of the outside world.',
        'Workers are barred from using the internet.',
        'Letters from home are withheld by the management.',
        'The camp is hundreds of kilometres from the nearest town.',
    ],
    'physical_and_sexual_violence': [
        'Workers described routine beatings by the foremen.',
        'The guards used batons on the men who protested.',
        'A worker was tortured after an escape attempt, defectors said.',
        'Managers sexually exploited several of the waitresses.',
    ],
    'intimidation_and_threats': [
        'Defectors describe being sent to a re-education camp after returning home.',
        'The men face reprisals if they refuse overtime.',
        'Managers threaten workers with deportation when they ask about pay.',
        'Workers were intimidated into signing statements that they were well treated.',
    ],
    'retention_of_identity_documents': [
        'Passports were returned only at the end of the contract.',
        "The company holds the workers' passports 'for their protection'.",
        'Without their passports, which the employer keeps, the men cannot travel.',
        'Their identity cards were seized by the site manager.',
    ],
    'withholding_of_wages': [
        'Their pay is garnished by the state.',
        'The state skims off most of the money the workers earn.',
        'Some workers have been waiting for their back pay since 2021.',
        'The men were made to work without pay on Sundays.',
    ],
    'debt_bondage': [
        'The workers start out indebted to the broker.',
        'Debts to the recruiting agency bind the women to the factory.',
        'He had to pay back the cost of his ticket before he could leave.',
        'Loans taken to pay recruitment fees trap the workers.',
    ],
    'abusive_working_and_living_conditions': [
        'The dormitory rooms have no windows and no heating.',
        'The men work with asbestos without protection.',
        'Workers are given only two meals a day.',
        'Sick workers are left without medical care.',
    ],
    'excessive_overtime': [
        'The crews work up to 20 hours a day during the short summer season.',
        'They do two shifts back to back.',
        'Overtime is compulsory and unpaid.',
        'The women are on the line seven days a week.',
    ],
}


# Rules added after a last set of gold reports (tests/gold/docs/q2_*): variants in other words.
LAST: dict[str, list[str]] = {
    "abusive_working_and_living_conditions": [
        "The fitters bunked in site cabins next to the cement mixer.",
        "Each container housed 16 men on metal bunks.",
        "They poured concrete through the hottest hours of July.",
    ],
    "withholding_of_wages": [
        "The wages were picked up by their supervisor at the end of each month.",
        "All they were left with was cigarette money.",
    ],
    "restriction_of_movement": [
        "They could not even walk to the corner shop without the leader's permission.",
    ],
    "excessive_overtime": [
        "The lights in the sewing hall stay on until eleven most nights.",
        "At Lunar New Year the women kept working while the local staff went home.",
    ],
}


BATCHES = [MORE, THIRD, FOURTH, FIFTH, LAST]
CASES = [(ind, t) for batch in BATCHES for ind, texts in batch.items() for t in texts]


@pytest.mark.parametrize(("indicator", "text"), CASES)
def test_paraphrase_batch_found(indicator: str, text: str) -> None:
    assert indicator in {h.indicator for h in match(text).hits}, f"{indicator} not found in: {text}"


def test_batches_cover_every_indicator() -> None:
    assert len(CASES) > 200
    assert {ind for ind, _ in CASES} == {ind for batch in BATCHES for ind in batch}
