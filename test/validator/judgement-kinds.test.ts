import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { statesDate } from '../../src/validator/text/dates.ts';
import { exampleTemplate } from '../helpers/content.ts';
import { clean, draftErrors, flags } from '../helpers/drafts.ts';
import { projectRoot } from '../helpers/project.ts';

// Each kind of fault found on wording no rule was written for (issue #11), with the inputs that found it.
const checker = await createChecker({ root: projectRoot });
const drafts = await createChecker({ root: projectRoot, languageOnly: true });

interface Found {
  errors: string[];
  warnings: string[];
}

function sorted(messages: readonly { ruleId?: string | null | undefined; fatal?: boolean | null | undefined; reason: string }[]): Found {
  return {
    errors: messages.filter((m) => m.fatal).map((m) => `${m.ruleId}: ${m.reason}`),
    warnings: messages.filter((m) => m.fatal === false).map((m) => `${m.ruleId}: ${m.reason}`),
  };
}

/** A draft checked as `fair-collections-lint --language-only` checks it. */
const draft = (text: string, stage?: string) => sorted(drafts.check(text, { kind: 'draft', path: 'draft.md', stage }).file.messages);
/** A complete template (every required field and notice present) with `body` as its message. */
const template = (body: string) => sorted(checker.check(exampleTemplate(body), { kind: 'template', path: 'templates/example.mdx' }).file.messages);
const rules = (found: string[]) => found.map((m) => m.split(':')[0]);

describe('1. a negation reaches to the end of its own clause only', () => {
  it.each([
    ['If payment is not received by Friday, bailiffs will be instructed.', 'threats'],
    ['If you do not pay by Friday, police will be informed.', 'threats'],
    ['If you have not paid by Friday, your suppliers will hear about it.', 'publicity'],
  ])('%s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
    expect(rules(template(text).errors)).toContain(rule);
  });

  it.each([
    'We will not send bailiffs, and we have no plans to involve the police.',
    'We have not told your suppliers, your bank or anyone else about this invoice.',
    'Nobody from our company will visit your premises.',
  ])('still reads a negation of the step itself: %s', (text) => {
    expect(draft(text).errors).toEqual([]);
  });
});

describe('2. quotation marks do not switch checking off in a draft', () => {
  it('scare quotes in the writer’s own sentence are checked', () => {
    const found = draft('Your "dispute" changes nothing. Our team will "pay you a visit".');
    expect(rules(found.errors)).toContain('threats');
  });

  it.each([
    'Never write "we will pay you a visit" in a reminder.',
    'Phrases such as "we know where your office is" or "you will regret ignoring us" are never used.',
    'You told us that a caller from our former agency said they would "send the boys round".',
  ])('a quotation of wording, introduced as one, is not the writer’s: %s', (text) => {
    expect(draft(text).errors).toEqual([]);
  });
});

describe('2b. a call script’s own lines are the caller’s words, not a quotation', () => {
  it.each([
    ['Say: "If we do not have payment today, we will send the bailiffs round."', 'threats'],
    ['If they say they cannot pay, ask: "Would you like us to let your bank know?"', 'publicity'],
    ['Then reply, firmly: "Pay now or else."', 'coercion'],
  ])('%s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });

  it.each([
    'Never say: "we will send the bailiffs round."',
    'Say: "Thank you. I have noted your payment date of 3 March."',
    'The customer told us: "your lot threatened to send the bailiffs round."',
  ])('a prohibition, a fair line or a report stays clean: %s', (text) => {
    expect(draft(text).errors).toEqual([]);
  });
});

describe('3. disclosure to third parties, in any construction', () => {
  it.each([
    'We will let your bank know that you do not pay your invoices.',
    'We will inform your employees and your parent company of your unpaid invoices.',
    'We are sending a copy of this letter to your bank relationship manager.',
    'Next month we will name your company in the debtors column of our trade newsletter.',
    'We will be posting reviews about your firm on Trustpilot and Google.',
  ])('%s', (text) => {
    expect(rules(draft(text).errors)).toContain('publicity');
  });

  it.each([
    'Please let your bank know the reference when you pay.',
    'Our team will call you on Tuesday.',
    'I have copied your head of accounts payable so she has the invoice too.',
  ])('near-miss passes: %s', clean);
});

describe('4. threats and false authority in plain words', () => {
  it.each([
    ['We will place a lien on your property.', 'threats'],
    ['Law enforcement will come after you unless this is paid within 24 hours.', 'threats'],
    ['Your returned cheque is cheque fraud.', 'threats'],
    ['Unless this is paid by Monday, we will have your bank accounts frozen.', 'threats'],
    ['Our staff won’t leave your premises until the balance is paid.', 'threats'],
  ])('%s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });

  it('a LITIGATION NOTICE heading with an invented case number', () => {
    const found = draft('# LITIGATION NOTICE\n\nCase No. 2026-CV-04417\n\nInvoice 2210 for £1,240 is 30 days overdue. Please pay by 14 May.');
    expect(rules(found.errors)).toContain('false-authority');
  });

  it('a “Legal Enforcement Department” at a one-person firm', () => {
    const found = draft('This account has been passed to our Legal Enforcement Department.\n\nJo Smith, sole trader');
    expect(rules(found.errors)).toContain('false-authority');
  });
});

describe('5. menace and contempt without a keyword', () => {
  it.each([
    ['You’ll wish you had paid when you had the chance.', 'coercion'],
    ['Don’t make me come down to your yard.', 'coercion'],
    ['Your word is worth nothing.', 'abuse'],
    ['Typical of outfits like yours.', 'abuse'],
    ['What the f--- is going on with your accounts team?', 'profanity'],
    ['Your bookkeeper is a complete a***.', 'profanity'],
  ])('%s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });
});

describe('6. the suspension gate catches its own step, however it is worded', () => {
  it.each([
    ['We will have to consider placing a stop on your account.', 'overdue-7'],
    ['No further orders will be processed until the balance is paid.', 'overdue-30'],
    ['We will cut off your supply.', 'overdue-30'],
    ['We are no longer able to supply you.', 'overdue-7'],
    ['No new bookings will be accepted from your school until the balance is paid.', 'overdue-7'],
  ])('%s (at %s)', (text, stage) => {
    const found = draft(text, stage);
    expect(found.errors.some((m) => m.startsWith('escalation: Suspending supply or service mentioned at stage'))).toBe(true);
  });

  it('a refusal of the step itself is no suspension: “we will not suspend deliveries while the dispute is open”', () => {
    expect(draft('We will not suspend deliveries while the dispute is open.', 'overdue-7').errors).toEqual([]);
  });
});

describe('7. dates and periods are read as dates', () => {
  it.each([
    'Unless full payment is made in the next 8 days, legal action will be taken.',
    'Unless full payment is made within eight days, legal action will be taken.',
    'If the balance is not paid by the end of this month, we will start legal action. Please pay or call us.',
    'If the balance is not paid within ten working days, we will start legal action. Please pay or call us.',
  ])('%s', (text) => {
    const all = [...template(text).errors, ...template(text).warnings];
    expect(all.filter((m) => m.includes('without a date'))).toEqual([]);
  });

  it.each([
    ['in the next 8 days', true],
    ['within eight days', true],
    ['by the end of this month', true],
    ['within 14 working days', true],
    ['by Friday', true],
    ['on 6 June 2026', true],
    ['from 1 July', true],
    ['as from 3 June, new orders are on hold', true],
    ['from 15 March', true],
    ['from 3pm', false],
    ['now', false],
    ['the March invoice', false],
    ['very soon', false],
  ])('“%s” states a date: %s', (text, expected) => {
    expect(statesDate(text)).toBe(expected);
  });

  it('a day after “from” is a date: chrono-node alone reads “from 3 June” as three o’clock in June', () => {
    expect(draft('Unless the balance is paid, we will start legal action from 3 June. Please pay or call us.').warnings.filter((m) => m.includes('without'))).toEqual([]);
    expect(draft('As from 1 July, we will not accept further bookings until the balance is cleared.').warnings.filter((m) => m.includes('without'))).toEqual([]);
  });

  it('a step with no date but “now” is still without a date', () => {
    expect(draft('Pay now or we will start legal action against you.').warnings.some((m) => m.includes('without') && m.includes('a date'))).toBe(true);
  });
});

describe('8. a lawful step without its date is advice in a draft and an error in a template', () => {
  const text = 'We will take legal action against you.';
  it('warning in a draft', () => {
    const found = draft(text);
    expect(found.errors).toEqual([]);
    expect(rules(found.warnings)).toContain('escalation');
  });
  it('error in a template at a stage whose letters must give it as notice', () => {
    expect(rules(template(text).errors)).toContain('escalation');
  });
});

describe('9. word lists read words in context', () => {
  it.each([
    'This work is covered by the Master Services Agreement signed in May.',
    'Your portal login was disabled after three failed attempts.',
    'The PO number on the invoice is invalid, so please send a corrected one.',
    'The delivery included four rolls of black plastic sheeting.',
    'We supplied the Bluegum decking boards on 3 May.',
  ])('%s', (text) => {
    const found = draft(text);
    expect([...found.errors, ...found.warnings]).toEqual([]);
  });

  it('still flags the words where they are about people', () => {
    const found = draft('Your chairman should stop acting like an invalid and pay.');
    expect(rules(found.warnings)).toContain('equality');
  });
});

describe('found by review: negation, conditions and quotations', () => {
  it.each([
    ['This will not be forgotten: the bailiffs are coming.', 'threats'],
    ['The debt will not be written off, and your bank will be informed on Monday.', 'publicity'],
    ['We will not tell your customers unless you refuse to pay.', 'publicity'],
    ['We won’t involve the police unless you ignore this letter.', 'threats'],
    ['Pay now, "or else".', 'coercion'],
    ['"We will tell your bank."', 'publicity'],
    ['If it’s not in by Monday I’m tweeting about it and tagging your CEO.', 'publicity'],
    ['Hanging on to goods you haven’t paid for is theft.', 'threats'],
    ['Re: ““invoice 12. We will tell your bank.', 'publicity'],
  ])('a negation, condition or quotation does not excuse: %s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });

  it.each([
    'Failure to pay is not a criminal offence.',
    'It is not true that we will tell your customers about this debt.',
    'We deny that we will tell your customers about this debt.',
    'Why would we tell your bank? We would never do that.',
    'We will not call your customers, nor will we call your bank.',
    'We won’t contact anyone else unless you ask us to.',
    'We will not send bailiffs, even if you don’t pay.',
    'Your reply accused us of threatening to "tell your customers", which we would never do.',
    'The last warning we sent was on 3 November; here is a copy of the invoice.',
    'If any payment is rejected by your bank, we will let you know.',
    'Words we never use about customers: "deadbeat", "liar", "pathetic".',
    'Examples taken out of old templates include "we will send the bailiffs round", "non-payment is theft" and "your name will be added to our list of bad payers".',
  ])('fair: %s', clean);

  it('a relative clause does not split a frame: “your wife, who put up the money, would like to hear how you treat suppliers”', () => {
    expect(rules(draft('Maybe your wife, who I understand put up the money for the business, would like to hear how you treat the people who supply you.').errors)).toContain('publicity');
  });

  it('“unless we hear from you” is a way out', () => {
    expect(draft('Unless we hear from you by 15 December 2026, we will refer the invoice to our solicitors.').warnings.filter((m) => m.includes('a way to resolve it'))).toEqual([]);
  });
});

describe('10. a word shared with a harm, in an innocent construction', () => {
  it.each([
    // "its" stems to "it": "it's banked" names no one's bank.
    'We will send the refund as soon as it has been processed by its bank.',
    // a system's own timetable is not contact
    'Our ledger syncs with the bank every hour, so allow a little time.',
    // a flood that is a noun
    'Sorry the floods closed your depot; take whatever time you need.',
    // collecting what the customer asked to have collected
    'As you asked, our driver will call at your yard to collect the empty drums you want returned.',
    // a review that checks the account, not one that is published
    'Following the annual account review, your credit limit stays at £5,000.',
  ])('fair: %s', clean);

  it.each([
    ['Our collectors will visit your site on Monday to collect the machinery.', 'threats'],
    ['We will write a review of your firm on Google.', 'publicity'],
    ['Our repossession team will be at your yard on Monday.', 'threats'],
    ['We will flood your inbox until you pay.', 'frequency'],
  ])('still flagged: %s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });
});

describe('11. disclosure in the passive, at gatherings of the trade, to the press and on public boards', () => {
  it.each([
    'Copies of your unpaid statements have been forwarded to your lending manager at the bank.',
    'Unless this is settled by the 30th, your details will be shared with everyone at the next chamber of commerce meeting.',
    'If it is still unpaid on Monday I’ll be letting every delegate at the regional builders’ conference next month know what you owe.',
    'I had a drink with the editor of the local paper, who was keen on a story about firms that don’t pay.',
    'From next week your company name will be displayed on the board in our showroom.',
  ])('%s', (text) => {
    expect(rules(draft(text).errors)).toContain('publicity');
  });

  it.each([
    'A copy of this letter has been sent to your accounts payable team.',
    'Please let us know by Friday whether the delivery at your site on Thursday arrived.',
    'Members of the association meet on Thursday; we look forward to seeing you there.',
    'Your company name will be printed on the delivery note.',
    'We had lunch with your finance director and agreed the plan.',
  ])('near-miss passes: %s', clean);
});

describe('12. leverage that is not the debt’s own remedy, held back until paid', () => {
  it.each([
    'We will withhold the certificates until you pay.',
    'Until the March invoice is settled, we are not able to give you a reference for the council framework.',
    'Your drivers will not get paid for this week until your firm settles our invoice.',
    'Until you pay we will withhold your refund.',
    'Pay within 30 minutes or we will cancel the software you have already paid for.',
  ])('%s', (text) => {
    expect(rules(draft(text).errors)).toContain('coercion');
  });

  it.each([
    'We won’t release the goods until the invoice is paid.',
    'We will not release the completion certificate until the inspection is finished.',
    'The credit note will be issued once you return the damaged cartons.',
    'We will retain the deposit until the hire invoice is paid.',
    'We will not issue your new licence keys until the renewal invoice is paid.',
  ])('near-miss passes: %s', clean);
});

describe('13. a deadline of hours or minutes to pay', () => {
  it.each(['You must transfer the full balance within the next two hours.', 'You have just under two hours to transfer the balance.'])('%s', (text) => {
    expect(rules(draft(text).errors)).toContain('coercion');
  });

  it.each(['Payments usually clear within two hours.', 'Transfers usually settle within an hour.', 'Please pay within 14 days.'])('near-miss passes: %s', clean);
});

describe('14. a legal consequence stated as automatic or as the law when it is not', () => {
  it.each([
    'Once the file reaches our lawyers, collection fees of £900 will automatically be added to the balance.',
    'An invoice left unpaid for 90 days automatically becomes a county court judgment against you.',
    'By law, overdue trade invoices must be paid within 24 hours of a final demand.',
    'The Late Payment Act entitles us to charge interest at 15% above base rate.',
    'If this stays unpaid, your company will be struck off and dissolved.',
    'Your personal credit score will drop sharply if the company does not pay.',
  ])('%s', (text) => {
    expect(rules(draft(text).errors)).toContain('misleading');
  });

  it.each([
    'Under the Late Payment of Commercial Debts (Interest) Act 1998 we may claim interest at 8% above the Bank of England base rate.',
    'Our terms allow interest at 12% a year, as set out in clause 9.',
    'Fixed compensation of £70 is added automatically under the Act.',
    'Your personal credit score will not be affected by this company invoice.',
    'Under the contract, invoices must be paid within 30 days.',
    'Our records at Companies House show your registered office is in Leeds.',
  ])('near-miss passes: %s', clean);
});

describe('15. a creditor’s letter given the standing of a court or a lawyer', () => {
  it.each([
    'Please read this email as if it had been sent by our lawyers.',
    'This reminder carries full legal force in any court.',
    'The attached statement is to be treated as an official court document.',
    'Your account has been examined by a district judge, who found the sum due.',
    'A judge has already seen your file and approved our claim.',
    'The claim has reached its final stage, and unless you pay the order will become enforceable against your assets.',
  ])('%s', (text) => {
    expect(rules(draft(text).errors)).toContain('false-authority');
  });

  it.each([
    'If you defend the claim, it will be considered by a judge.',
    'Please treat this letter as our formal demand for payment.',
    'If the court grants judgment, it becomes enforceable after 14 days.',
    'This copy of the invoice should be treated as the original.',
  ])('near-miss passes: %s', clean);
});

describe('16. contact without limit: at night by the clock, counted, redialled, at intervals through the day', () => {
  it.each([
    'Our night team will ring your mobile at 3am if that is what it takes.',
    'This is our twelfth call to your accounts line this week.',
    'If they hang up, redial straight away.',
    'Calls will be made to your office at regular intervals throughout the day until the balance is cleared.',
    'You will get a text from us every 15 mins until the money lands.',
  ])('%s', (text) => {
    expect(rules(draft(text).errors)).toContain('frequency');
  });

  it.each([
    'We review accounts at regular intervals and may call you.',
    'If the line drops, we’ll call you back straight away.',
    'This is our sixth reminder since March.',
    'Our helpline is open until midnight if you would like to call us.',
    'We will work with you for as long as it takes to agree a plan.',
  ])('near-miss passes: %s', clean);
});

describe('17. contempt for the customer’s competence, sarcastic praise and sneers', () => {
  it.each([
    'Is there one person in your purchasing office capable of counting to thirty days?',
    'Well done on dodging our calls for a whole month.',
    'Frankly nobody in your accounts team has a clue what they are doing.',
    'Firms that can’t pay a £300 bill have no business being in business.',
    'Your payables desk must be staffed by toddlers.',
    'Some of us actually have to pay our staff on time.',
  ])('%s', (text) => {
    expect(rules(draft(text).errors)).toContain('abuse');
  });

  it.each([
    'Is anyone in your team able to open PDF attachments? If not, we can post a copy.',
    'Congratulations on opening your new branch in Leeds.',
    'Some of us will be out of the office over Easter.',
    'Don’t worry if you’re not sure what you’re doing with the portal; we’ll walk you through it.',
    'We will not be in business with that supplier again.',
  ])('near-miss passes: %s', clean);
});

describe('18. taking goods to satisfy the debt, and people or access held over the customer', () => {
  it.each([
    ['Our crew will strip out the kitchen units and sell them to clear what you owe.', 'threats'],
    ['Your forklifts will be taken by our agents and held until the balance is cleared.', 'threats'],
    ['We know the alarm code for your warehouse.', 'threats'],
    ['We have people who are very good at persuading customers face to face.', 'threats'],
    ['Do you want to find out what happens to firms that mess us around?', 'coercion'],
  ])('%s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });

  it.each([
    'Our team will remove the scaffolding from your site on Friday once the job is finished.',
    'We will collect the unsold stock and credit it to your account.',
    'Please let us know the gate code so our driver can deliver on Saturday.',
    'If you’d prefer, our rep can pop round to your office to have a chat about a plan.',
    'Do you want to know what happens if you miss an instalment? We simply call you.',
    'It doesn’t matter whether you pay by card or by transfer.',
  ])('near-miss passes: %s', clean);
});

describe('19. the customer named where others will find it, and companions brought along', () => {
  it.each([
    ['If this isn’t settled, I’m registering a domain in your name and I’ll make sure it shows up whenever your customers google you.', 'publicity'],
    ['Harwood Joinery will appear in the next edition of our bulletin.', 'publicity'],
    ['Our newsletter goes out to every joiner in the county, with a section on slow payers.', 'publicity'],
    ['Next time I’ll bring a few of the lads.', 'threats'],
  ])('%s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });

  it.each([
    'Your advert will appear in the next issue.',
    'Our new price list will be in the next newsletter.',
    'Our newsletter explains how we handle overdue accounts.',
    'Make sure the invoice number shows up in your bank reference so we can find it when we search.',
    'I’ll bring a couple of samples of the new tiles when I visit.',
  ])('near-miss passes: %s', clean);
});

describe('20. a judgment named as a condition is not said to exist; ruin of the person stated as certain', () => {
  it.each([
    'If judgment is entered, it can be enforced against the company’s assets.',
    'Should judgment be granted, interest will continue to run.',
    'We will never run a business again without credit checks.',
  ])('fair: %s', clean);

  it.each([
    ['A judgment has been entered against you.', 'false-authority'],
    ['After that, you will be made bankrupt and lose everything.', 'misleading'],
    ['You’ll never be allowed to run a limited company again.', 'misleading'],
  ])('still flagged: %s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });
});

describe('21. found by a sweep of fair sentences after the rounds above', () => {
  it.each([
    'Anyone at your office who is capable of reading Polish may find the attached translation useful.',
    'Please transfer the deposit within the next two hours to secure the booking slot.',
    'Your company name will be listed on the attendee board at the conference as an exhibitor.',
    // "your buyer" is the customer's own purchasing staff; "your buyers" are its customers
    'We had a coffee with your buyer last week and agreed the new prices.',
  ])('fair: %s', clean);

  it.each([
    ['Is anyone at your firm actually capable of reading a statement?', 'abuse'],
    ['You must transfer the full balance within the next two hours.', 'coercion'],
    ['From next week your company name will be displayed on the board in our showroom.', 'publicity'],
    ['We will tell all your buyers that you don’t pay.', 'publicity'],
  ])('still flagged: %s', (text, rule) => {
    expect(rules(draft(text).errors)).toContain(rule);
  });
});

describe('22. people at the customer’s bank, named by their role there', () => {
  it('a copy passed to the manager of the customer’s branch', () => {
    expect(rules(draft('A copy of your overdue statement has been passed to the manager of your local bank branch.').errors)).toContain('publicity');
  });

  it.each(['Please ask someone at your bank to confirm the transfer.', 'Please send the remittance to the team at your bank.'])('near-miss passes: %s', clean);
});

// The fresh3 round: kinds found on wording written the way angry or cunning people write (understatement, idiom,
// insinuation, rhetorical questions, harm in a PS or a subordinate clause). Each sentence below is new, not the corpus's.

describe('23. the sender’s men sent round, in any voice; harm hinted at as chance; knowing where the customer lives', () => {
  it.each([
    ['Some of the fellas might have to drop by your depot to sort this out in person.', 'threats'],
    ['One or two of our boys know the way to your shop.', 'threats'],
    ['Accidents do seem to happen to firms that keep us waiting.', 'threats'],
    ['We know exactly where Mill Lane is, Mrs Patel.', 'threats'],
    ['We still have your wife’s number from the account form.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'A couple of our lads will pop round on Tuesday to fit the new shelving.',
    'We understand accidents happen; the damaged pallet has been credited.',
    'We have your home address as the registered office; please tell us if that is wrong.',
    'Two of the lads are at the trade show, so replies may be slow this week.',
  ])('fair: %s', clean);
});

describe('24. goods taken and counted off the debt; not paying called a police matter', () => {
  it.each([
    ['Any stock we load will be set against what you owe.', 'threats'],
    ['Our men will tow the van off your forecourt on Friday.', 'threats'],
    ['Leaving this unpaid becomes a police matter after sixty days.', 'threats'],
  ])('flagged: %s', flags);

  it.each(['Our recovery team will be in touch next week to discuss a plan.', 'This is a civil matter, not a criminal one, and we will treat it as such.'])('fair: %s', clean);
});

describe('25. menace left to the customer’s choice, refusal read as bad faith, explanations binned, a dispute heard only after payment', () => {
  it.each([
    ['Whether I pass your file on is entirely up to you.', 'coercion'],
    ['I will be asking your MD whether you are really up to the job.', 'coercion'],
    ['Turning down the guarantee will be treated as proof that you never meant to pay.', 'coercion'],
    ['Your sob stories go straight into the shredder.', 'coercion'],
    ['You settle first, and we’ll look at your complaint afterwards.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Whether you pay by card or by transfer is up to you.',
    'We asked whether you were the right person to send the statement to.',
    'Please check whether you are the right person to handle supplier queries.',
  ])('fair: %s', clean);
});

describe('26. sneers at competence in any construction: basic skills denied, a lesser mind, a title used loosely, a lie as a noun', () => {
  it.each([
    ['Honestly, I’ve had more sense from a brick wall than from your office.', 'abuse'],
    ['Nobody over there could count beyond ten.', 'abuse'],
    ['Even my nephew could work out a bank transfer.', 'abuse'],
    ['Understanding a statement seems to be beyond your abilities.', 'abuse'],
    ['Your promises have become an olympic sport.', 'abuse'],
    ['Subject: yet another lie from your accounts team', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Sorry we were that disorganised over the move.',
    'I could hardly read the scanned copy you sent.',
    'Customers like you are the reason we love what we do.',
    'This is beyond your control, we understand.',
  ])('fair: %s', clean);
});

describe('27. court language, in-house teams named as lawyers or enforcers, posing as someone else, a tax office said to be told', () => {
  it.each([
    ['You are hereby instructed to remit the balance within seven days.', 'false-authority'],
    ['The matter now sits with our Legal Enforcement Unit.', 'false-authority'],
    ['Tell them you’re calling from Harper Legal and act as their solicitor.', 'false-authority'],
    ['The Inland Revenue has already been informed of the missing VAT.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each(['If the account is not paid by 3 June, it will be passed to our legal department.', 'Our legal team reviewed the contract before we signed it.'])('fair: %s', clean);
});

describe('28. the law misstated: a monthly statutory rate, a fee per letter, a company debt on the owner’s own name, a right to take from the bank', () => {
  it.each([
    ['Under the Late Payment Act interest runs at 10% per month.', 'misleading'],
    ['A £75 charge is added every time we have to chase you.', 'misleading'],
    ['This will be recorded against you under your own name at Experian.', 'misleading'],
    ['We have the right to withdraw the balance from your account on the 30th.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Under the Act, interest of £0.87 per day is added.',
    'Under the direct debit mandate you signed, we are entitled to collect the agreed instalment from your account on the 1st.',
  ])('fair: %s', clean);
});

describe('29. calls planned late or without end, and the audience around the customer invoked', () => {
  it.each([
    ['From tonight, try the owner’s mobile after 11pm.', 'frequency'],
    ['You’ll be hearing my voice a great deal more often.', 'frequency'],
    ['Keep going until somebody picks up.', 'frequency'],
    ['Do your investors know that your company still owes £9,000?', 'publicity'],
    ['Your suppliers would find the story fascinating.', 'publicity'],
    ['We’ll name your company in our next post.', 'publicity'],
    ['We’re putting up a poster naming the customers who still owe us.', 'publicity'],
    ['The next statement will come in a transparent envelope.', 'publicity'],
  ])('flagged: %s', flags);

  it.each(['We will mention the new prices in our next newsletter.', 'You can call us until 8pm on weekdays.', 'Your suppliers may find the new remittance format easier to match.'])('fair: %s', clean);
});

describe('30. British single quotation marks quote as double ones do; an apostrophe is not a quotation mark', () => {
  it.each([
    'Our old agent, you said, ‘threatened to send the bailiffs round’ — that will never happen again.',
    "Yesterday our system sent an email headed 'Final warning: account overdue' by mistake; nothing is owed.",
  ])('a reported or named quotation passes: %s', clean);

  it.each([
    ["Pay today, 'or else'.", 'coercion'],
    ["Our lads' van will come round to your yard to sort this out.", 'threats'],
    ["We don't want to, but our men will tow your customers' vans off the forecourt.", 'threats'],
  ])('scare quotes and apostrophes are still the writer’s own: %s', flags);
});

describe('31. a call script that keeps the customer on the line, refuses plans as policy; a review of how they pay, hinted at', () => {
  it.each([
    ['Never let them off the phone until they give you a card payment.', 'frequency'],
    ['If the customer hangs up, ring them straight back.', 'frequency'],
    ['Part payments are not something we allow, I’m afraid.', 'coercion'],
    ['An honest review about the way your firm pays its suppliers would do wonders.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We don’t close the call until the customer has the reference number for their dispute.',
    'If the line drops, please call us back on 0115 555 062.',
  ])('fair: %s', clean);
});

describe('32. insinuation through the customer’s world: the trade’s gossip, the sender’s friends, a story for the paper, a shame if …', () => {
  it.each([
    ['Funny how news gets around in this line of work.', 'publicity'],
    ['Your landlord and I are old friends, as it happens.', 'publicity'],
    ['I’m sure the trade press would love a story about a firm that stiffs its suppliers.', 'publicity'],
    ['Our chairman will be bringing up your company at the next association dinner.', 'publicity'],
    ['It would be a pity if your new van got scratched in our car park.', 'threats'],
    ['Someone from our office will call round to your home on Sunday.', 'threats'],
    ['We have passed your details to the economic crime unit.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'It would be a shame if you missed the early payment discount.',
    'If the goods arrived damaged, it’s a shame, and we will replace them.',
    'We will raise your query at our next credit committee meeting and reply by Friday.',
    'Please report any suspicious request for your bank details to Action Fraud.',
  ])('fair: %s', clean);
});

describe('33. the law and the courts misstated in new words; contempt by comparison', () => {
  it.each([
    ['A draft county court order is enclosed for your signature.', 'false-authority'],
    ['Your file is now under the direction of the court.', 'false-authority'],
    ['Statute lets us charge 30% recovery costs on top.', 'misleading'],
    ['The judge will automatically side with us.', 'misleading'],
    ['You will be banned from being a director if this is not paid.', 'misleading'],
    ['Getting an answer from your team is like talking to a wall.', 'abuse'],
    ['Our nine-year-old could keep tidier books than you.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'The Late Payment Act allows us to add £40 fixed compensation to each invoice.',
    'The panels were too thick to fit the bracket, so we credited them.',
    'Every evening after 6pm our portal is offline for maintenance.',
    'Nobody was hurt in the incident at your yard, thankfully.',
  ])('fair: %s', clean);
});

describe('34. text-message spellings read as the words they stand for, in lower case only', () => {
  it.each([
    ['gonna tell ur suppliers bout this 2moro', 'publicity'],
    ['the lads r coming round ur yard 2nite', 'threats'],
    ['u wont like wot happens next', 'coercion'],
  ])('flagged: %s', flags);

  it.each(['Section 4(r) of the contract applies to U and R Patel Ltd only.', 'pls send the remittance advice 2day so we can match it, thx'])('fair: %s', clean);
});

describe('35. the customer’s family and home brought in; goods collected by us in the passive; an insolvency offence put on a late payer', () => {
  it.each([
    ['Do give our regards to your husband.', 'threats'],
    ['We see your children’s school gates every morning.', 'threats'],
    ['Our rep drove past the director’s house on Sunday.', 'threats'],
    ['Unless paid, your machinery will be uplifted by our team and sold.', 'threats'],
    ['Frankly, your company looks to be trading while insolvent.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'We are sorry to hear about the accident on your son’s football trip.',
    'Our driver has your address and will deliver on Tuesday.',
    'The returned pallets will be collected by our driver on Monday, as you asked.',
    'Please say hello to your team from us and thanks for the order.',
  ])('fair: %s', clean);
});

describe('36. found by a sweep of fair sentences after the fresh3 round', () => {
  it.each([
    'Once the invoice is settled we will send the completion certificate, as the contract provides.',
    'Returned stock will be collected from your site and credited to your account.',
    'We will collect the hired scaffold from your site on Friday when the hire ends.',
    'Under our terms, interest is charged at 2% per month on overdue balances.',
    'If you’d rather talk it through in person, our area manager can pop round next week.',
    'The fellas in our warehouse have packed the replacement order.',
  ])('fair: %s', clean);

  it.each([
    ['Once invoice 55 is settled, we’ll happily give a glowing reference for your bid.', 'coercion'],
    ['Our agents will seize your vehicles and equipment next week.', 'threats'],
  ])('still flagged: %s', flags);
});

describe('37. a late hour needs its pm', () => {
  it('fair: We can call your office again after 10 am, if that suits.', () => clean('We can call your office again after 10 am, if that suits.'));
  it('flagged: Then try his mobile after 10 pm.', () => flags('Then try his mobile after 10 pm.', 'frequency'));
});

describe('38. the creditor’s own people and plans dressed as enforcement', () => {
  it.each([
    ['Your vans have been earmarked for repossession.', 'threats'],
    ['An enforcement officer from our team will be at your premises on Friday.', 'threats'],
    ['The file now sits with our enforcement partners.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each(['If judgment is entered and not paid, we may ask the court for enforcement.', 'Our recovery team will contact you next week to discuss a plan.'])('fair: %s', clean);
});

describe('39. harm spread over two sentences: a pronoun carries who is meant into the next clause', () => {
  it.each([
    ['Our lads are in town on Friday. They will be at your yard by noon.', 'threats'],
    ['We have your parent company’s details. We will be informing them of the debt this week.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Our driver will collect the pallets on Friday. He will be at your yard by noon, as agreed.',
    'We have passed your query to our accounts team. They will reply by Friday.',
    'Please tell your accounts payable team about our new bank details. They can call us to confirm them.',
    'We will refer the account to our attorneys on 1 July. If you dispute it, let us know in writing before that date so we can review it.',
  ])('fair: %s', clean);
});

describe('40. found on the fifth blind set: a negation in the step’s own clause, a theft suffered, time as a unit of charge, an instruction for the bank', () => {
  it.each([
    'I want to reassure you: we will not contact your customers, your bank or your family about this account.',
    'Sorry to hear the copper pipe from our delivery was stolen from your site that night.',
    "The engineer's time is charged every hour at £65, as set out in our service agreement.",
    "We'll let your bank know about the new instruction, and the first collection will be on 1 January.",
  ])('fair: %s', clean);

  it.each([
    ['I want to be clear: we will tell your customers about this.', 'publicity'],
    ['Keeping our goods without paying for them is stealing.', 'threats'],
    ['We will call you every hour until this is paid.', 'frequency'],
    ["We'll let your bank know about your unpaid invoices.", 'publicity'],
  ])('flagged: %s', flags);
});

describe('41. capitals in a draft are read as the wording rules read quotations', () => {
  it('flagged: brackets hold the writer’s own words', () => flags('Dear Ms Chen,\n\n(PLEASE CALL OUR OFFICE TODAY.)', 'shouting'));
  it('fair: a letter reported in order to withdraw it', () => clean('Dear Ms Chen,\n\nYour last letter said: “PAY NOW OR ELSE!!!” We apologise for it.'));
});

describe('42. found by the #15 reviewers: a letter calling itself court paperwork, misfortune tied to owing, disclosure held over the customer as unwanted', () => {
  it.each([
    ['This is an official court notice.', 'false-authority'],
    ['The attached serves as a legal summons.', 'false-authority'],
    ['Warehouses catch fire all the time, especially when the owner owes money.', 'threats'],
    ['You would not want your family to find out.', 'publicity'],
    ['We would hate for your mother to find out.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'This letter is not a court notice; it is a reminder from our accounts team.',
    'We would not want your staff to hear about the price change before you do.',
    'We would like your accounts team to know that the payment arrived.',
  ])('fair: %s', clean);
});

describe('43. a sympathy exception names a real mishap by its record or cost, not by where such things happen', () => {
  it('flagged: misfortune on a building site tied to owing', () => flags('Accidents happen on building sites, especially to people who owe money.', 'threats'));
  it.each([
    'We understand accidents happen, and the accident on site has been reported to our insurer.',
    'The fire damage to the delivery in transit is covered; a replacement will arrive on Monday.',
    'Thank you for the site report on the accident last week; we have credited the damaged units.',
  ])('fair: %s', clean);
});

describe('44. a judgment or claim cited by its record (its claim number, the day it was entered), or in the second half of a condition, is a report, not a bluff', () => {
  it.each([
    ['Judgment has now been entered against your company for the full balance.', 'false-authority'],
    ['A county court judgment was entered against you last week.', 'false-authority'],
    ['Please be informed that judgment will be entered against you by default on 30 June.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'Judgment was entered against Harlow Joinery Ltd on 9 October (claim number F3KD902L) and remains unpaid.',
    'If we issue a claim and judgment is entered, the judgment is listed on the public register for six years.',
    'We have issued a claim in the county court (claim no. 5561), and the court will send you a response pack.',
  ])('fair: %s', clean);
});

describe('45. the court’s enforcement instruments by their statutory names, its officers acting under them, a statutory demand, and a power the sender disclaims', () => {
  it.each([
    ['An arrest warrant has been issued for your directors.', 'false-authority'],
    ['Our enforcement officers will attend your yard next week to take goods.', 'threats'],
    ['Please find enclosed a statutory demand issued by the court.', 'false-authority'],
    ['You have no right to stop us sending the bailiffs.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'If the judgment stays unpaid, we may apply to the court for a writ of control, under which High Court Enforcement Officers could visit the company.',
    'We have no power to send bailiffs; only a court can order enforcement after a judgment.',
    'We enclose a statutory demand; you have 21 days from service to pay or to apply to set it aside.',
    'Should it come to that, we might ask the court for a charging order over the company’s property.',
  ])('fair: %s', clean);
});

describe('46. time that is not contact: money by the day, the customer’s own day, the hour they asked for; a one-off statutory sum counted by the day', () => {
  it.each([
    ['We will ring you every day until this is paid.', 'frequency'],
    ['We’ll ring your office all day if we have to.', 'frequency'],
    ['We will ring you on your mobile tonight.', 'frequency'],
    ['The law entitles us to £40 in compensation for every day the invoice is late.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Interest at the statutory rate comes to £2.45 every day until payment, and we will send you the total on request.',
    'Please email rather than call, as she is out on the road all day on Tuesdays.',
    'As you requested, I’ll phone you at 7pm this evening on your mobile to agree a date.',
  ])('fair: %s', clean);
});

describe('47. a verb whose stem is a pronoun’s: “used” and “use” stem to “us”', () => {
  it.each([
    ['Your payment was used to cover our collection costs, so the invoice is still unpaid.', 'misleading'],
    ['Why not just use your pension to clear it?', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'The Late Payment Act allows us to claim reasonable costs of recovery beyond the fixed sum.',
    'Your payment allows us to release the held order today.',
  ])('fair: %s', clean);
});

describe('48. implied menace without a threat word: protection withdrawn, people less patient than the sender, waiting where the customer parks, their vehicles put out of action “as a shame”', () => {
  it.each([
    ['I can’t be responsible for what my lads might do when they see your trucks.', 'threats'],
    ['We cannot guarantee your safety on the walk to your car while this stays unpaid.', 'threats'],
    ['My brother-in-law has friends who are not as patient as I am.', 'threats'],
    ['We’ll be waiting by your car when you leave tonight.', 'threats'],
    ['It would be a real pity if your vans weren’t fit to go out on Monday.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We cannot guarantee delivery before Friday, and we cannot promise the safety of goods left outside your unit overnight.',
    'Our driver will be waiting in the car park when you lock up tonight, to collect the empties you asked us to take.',
    'Other suppliers may be less flexible than we are about instalments.',
    'It would be a shame if the van wasn’t able to deliver because the gate was locked.',
    'It would be a pity to miss the early payment discount.',
  ])('fair: %s', clean);
});

describe('49. the debt held over the customer among the trade, and other ways than paying hinted at', () => {
  it.each([
    ['Your name is on the trade association’s watch list now, and every member can see it.', 'publicity'],
    ['I’d hate for this to become more complicated than a phone call.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Your account is on our credit watch list until the balance is cleared.',
    'We would rather this did not become more formal: a call to agree a plan will do.',
  ])('fair: %s', clean);
});

describe('50. contempt without a swear word: lying as the customer’s habit, dim or childish, spelt out slowly, a character judged, a failing business mocked', () => {
  it.each([
    ['Do you lie to all your suppliers, or only to us?', 'abuse'],
    ['Is fibbing to creditors a pastime of yours?', 'abuse'],
    ['Are you really that dense?', 'abuse'],
    ['That was the silliest excuse I have heard all month.', 'abuse'],
    ['Try being an adult about it for a change.', 'abuse'],
    ['I’ll spell it out slowly so that even your team can follow.', 'abuse'],
    ['What sort of director ignores four reminders?', 'abuse'],
    ['No wonder you can’t afford to pay anyone.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'No wonder you couldn’t find the invoice: it went to your old address.',
    'If the portal is too complicated for your team, we can email the invoices instead.',
    'Are your panels thick enough for the bracket? If not, we will swap them.',
    'Please ask your accounts team whether the payment went out on Friday.',
  ])('fair: %s', clean);
});

describe('51. a word in capitals that the letter writes elsewhere as a name is the name (a payment reference), not a word of the list', () => {
  it('fair: a payment reference repeating the customer’s name', () =>
    clean('Invoice for Bluegum Joinery Ltd: £2,140.00, due 30 June.\n\nPlease pay to sort code 20-45-77, account 61033912, quoting reference BLUEGUM.'));
  it('fair: a remittance reference naming the customer', () => clean('Thank you, Bluegum Hire Ltd: your remittance with reference BLUEGUM matched invoice 4471.'));
  it.each([
    ['Please pay the invoice quoting BLUEGUM.', 'profanity'],
    ['Bluegum is what we call people like you. Pay up, BLUEGUM.', 'profanity'],
  ])('flagged: %s', flags);
});

describe('52. words of the lists in their innocent uses: an account “paid up”, the reader’s rank in the greeting, good news shared as agreed, a rule against a word', () => {
  it.each([
    ['Pay up or else.', 'coercion'],
    ['This is Detective Sergeant Hughes from the commercial debt unit.', 'false-authority'],
    ['We will share your unpaid invoices on LinkedIn.', 'publicity'],
    ['I’m not calling you a liar, but the cheque never arrived.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Your statement is attached: you are all paid up except the October invoice, which is not due yet.',
    'Dear Inspector Wallace,\n\nInvoice 3310 for the first-aid course at your station is due on 30 June.',
    'Congratulations on the award: with your approval, our team will post the case study on LinkedIn next week.',
    'Our call standards: never call a customer a time-waster, and never raise your voice.',
  ])('fair: %s', clean);
});

describe('53. a service paid for under another agreement held back over this debt', () => {
  it.each([
    ['We will switch off your email until the print invoice is settled, even though you paid for it under a separate contract.', 'coercion'],
    ['Although your hosting is covered by a separate agreement you have paid, both services will be switched off tonight.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Although your maintenance contract is a separate agreement you have paid for, we will not switch off anything.',
    'Your hosting is paid up to December under its own agreement and is not affected by this invoice.',
  ])('fair: %s', clean);
});

describe('54. a judgment moved to the High Court for its officers, who write to the customer, is the court’s process, not men at the door', () => {
  it.each([
    ['Our High Court Enforcement Officer will attend your workshop next week to take control of goods.', 'threats'],
    ['We have instructed High Court Enforcement Officers to collect the debt.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Judgment of 3 March (claim K2LD557Q) is unpaid, so we have transferred it to the High Court for enforcement by High Court Enforcement Officers.',
    'High Court Enforcement Officers at Marsh & Co have been instructed and will write to the company.',
  ])('fair: %s', clean);
});

describe('55. the law and the contract misstated in new words: a fee on the sender’s own practice, interest by the week, costs added by themselves, borrowing barred for years, an invoice final by law, disputes refused in advance, a part payment as an admission', () => {
  it.each([
    ['A handling charge of £75 applies to all overdue accounts as company policy.', 'misleading'],
    ['Interest on this account is charged at 3 per cent a week.', 'misleading'],
    ['Legal costs will be applied automatically from tomorrow.', 'misleading'],
    ['Your directors won’t get a personal loan for six years after this.', 'misleading'],
    ['Under the law this invoice is now binding and cannot be questioned.', 'misleading'],
    ['Any disputes raised after today will be disregarded.', 'misleading'],
    ['A partial payment will be treated as an admission that you are insolvent.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'A late payment fee of £40 applies under clause 7 of our terms, which you signed in March.',
    'Interest is charged at 8% a year above base rate, which comes to about £4 a week on this balance.',
    'If you believe any charge is wrong, tell us and we will review it before the account goes further.',
    'Part payments are welcome and will be credited to the oldest invoice first.',
  ])('fair: %s', clean);
});

describe('56. calling until paid stated as the sender’s rule', () => {
  it('flagged: Our procedure is to keep ringing until the balance is cleared.', () => flags('Our procedure is to keep ringing until the balance is cleared.', 'frequency'));
  it.each(['Our procedure is to call once, then confirm everything in writing.', 'Our policy is to call only between 9 am and 5 pm on weekdays, and never more than twice a week.'])('fair: %s', clean);
});

describe('57. a charge said to be the law’s command, costs with no claim, a dispute or an arrangement ruled out by a deadline the sender sets', () => {
  it.each([
    ['A compulsory collection fee of £95 is now added to every overdue account.', 'misleading'],
    ['The surcharge is imposed by national legislation and has been added to your balance.', 'misleading'],
    ['We are required by law to charge £300 on every late invoice.', 'misleading'],
    ['Litigation costs have been added as the invoice is now 45 days overdue.', 'misleading'],
    ['Queries must reach us within 24 hours of delivery, so your complaint is out of time.', 'misleading'],
    ['From Monday we are not allowed under the law to agree any payment plan.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Under our terms, interest at 2% a month is charged on overdue balances; the clause is enclosed.',
    'If the court awards costs against either party, the judgment will say so.',
    'Your query about the short delivery is valid, and we have raised a credit note.',
    'We are happy to agree a payment plan at any time; just call us.',
  ])('fair: %s', clean);
});

describe('58. contact as a daily series, on the holidays, or on a dialler’s interval', () => {
  it.each([
    ['This is the first of your daily reminders, and there will be one tomorrow.', 'frequency'],
    ['Expect an email every morning, Sundays and bank holidays included, until this is settled.', 'frequency'],
    ['We will ring the director on Christmas Day if we must.', 'frequency'],
    ['Set the dialler retry interval to 15 minutes on this account.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Our office is closed on Christmas Day and Boxing Day; we will write again on 29 December.',
    'You will receive one statement each month, on the first working day.',
    'Interest comes to £1.20 a day on this balance, and we will confirm the total when you pay.',
  ])('fair: %s', clean);
});

describe('59. the family and the home brought into the debt; silence sold for payment; the customer’s place of worship told', () => {
  it.each([
    ['You wouldn’t want this to turn into a family matter, would you?', 'threats'],
    ['We keep running into your kids around town, funnily enough.', 'threats'],
    ['We have traced the home address for you and your partner.', 'threats'],
    ['A colleague will visit the residential address of the owner on Saturday.', 'threats'],
    ['It would be a shame if your husband heard about it from us.', 'publicity'],
    ['Settle by Monday and this stays between us.', 'publicity'],
    ['Unless it is paid, I will mention it to the vicar and the parish council.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'This is a family business, and we have traded with yours for years.',
    'Our engineer will attend the address on Monday to service the boiler.',
    'We have sent the statement to your home address, as you asked.',
    'Your bank details stay with us and our bank, and are never shared.',
  ])('fair: %s', clean);
});

describe('60. misfortune that befalls those who owe or are in debt, and harm named as luck set against paying', () => {
  it.each([
    ['Things go wrong for builders who are in debt to us.', 'threats'],
    ['Odd how it tends to happen to the firms that never pay.', 'threats'],
    ['Best to clear it before something unfortunate happens at the yard.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Late payment happens to firms that are waiting on their own customers, and we understand that.',
    'Interest is added to accounts that are in arrears under clause 8 of our terms.',
    'Please pay before the exchange rate changes again, as the invoice is in euros.',
  ])('fair: %s', clean);
});

describe('61. a sheriff’s office as an arm of the state; whoever will listen told', () => {
  it.each([
    ['Your account has been referred to the county sheriff for collection.', 'false-authority'],
    ['The sheriff’s civil division has been notified of this balance.', 'false-authority'],
    ['Until this is paid, I will tell anyone who asks exactly what you owe us.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'The order was passed to our Sheriff Street depot for despatch on Monday.',
    'Sheriffs Office Group will write to the company about the judgment of 4 May (claim J4KP220Q).',
    'Please tell anyone who asks that our bank details have not changed.',
  ])('fair: %s', clean);
});

describe('62. the sender owning a claim it issued, in the court it names, is a step the customer can check; a claim with no one behind it is a bluff', () => {
  it.each([
    ['Legal proceedings have now been issued against you for the full balance.', 'false-authority'],
    ['We have issued proceedings against your company and you will hear from the court.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'As our letter of 2 May said we would, we have issued a claim in the county court for £3,120; the court will send you the claim form.',
    'We have filed a claim in the small claims track of the district court, and you may still settle before the hearing.',
  ])('fair: %s', clean);
});

describe('63. the count of contacts kept and more promised; visits at the door week after week', () => {
  it.each([
    ['That is eleven calls this week by my count, and I will make twenty more tomorrow if I have to.', 'frequency'],
    ['Forty emails and counting.', 'frequency'],
    ['Second Saturday in a row we have been knocking on your door.', 'frequency'],
    ['We will be round again next Friday, and the one after, until this is paid.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'By my count, three invoices are still open, totalling £2,410.',
    'We can add ten more pallets to the order if you like, at the same price.',
    'Our fitters will be back next Monday and the one after to finish the install.',
  ])('fair: %s', clean);
});

describe('64. the customer’s staff put behind the sender or reported, their records held, their difficulty handed back, a message to their suppliers drafted', () => {
  it.each([
    ['Your workers can wait a few days for their wages; we cannot.', 'coercion'],
    ['Delay this week’s payroll and send us the balance instead.', 'coercion'],
    ['One call to the immigration authorities to check their visas would sort this.', 'coercion'],
    ['We will not release the employee records to your new provider until the fees are cleared.', 'coercion'],
    ['Your money troubles are your own problem.', 'coercion'],
    ['We have a letter ready to send to your bank and your landlord.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Our staff can wait in reception while your driver unloads.',
    'We will release the payroll files to your new bureau as soon as you confirm the handover date.',
    'We carry out right to work checks with the Home Office for our own staff.',
    'The draft letter addressed to your accountant is attached for you to check.',
    'Your question is a fair one, and your situation is your business.',
  ])('fair: %s', clean);
});

describe('65. never another job or line of credit; advice discouraged before signing', () => {
  it.each([
    ['I will make sure your firm never wins another contract in this town.', 'threats'],
    ['You don’t need a solicitor to read the guarantee; just sign it tonight.', 'misleading'],
    ['There is no need to get independent advice before you agree.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'You don’t need a solicitor to use the small claims track, and the court’s website explains the steps.',
    'We’ll make sure you never get another wrong invoice from us.',
    'You may wish to take independent advice before agreeing the plan.',
  ])('fair: %s', clean);
});

describe('66. a negation scope reaches from its last word: a pattern that writes the negation itself is the phrase, not a step the scope denies', () => {
  it.each([
    ["I won't be responsible for what my lads do.", 'threats'],
    ['I will not be held responsible for what happens to your van.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'We will not be responsible for any delay caused by an incorrect payment reference.',
    'The courier is not responsible for what happens to parcels left unattended at your request.',
    'We will not be taking any further action while the dispute is open.',
  ])('fair: %s', clean);
});

describe('67. misfortune that may befall the customer’s things, its cause unsaid; regret feigned for a harm to come', () => {
  it.each([
    ['All sorts can go wrong with a van parked on the street overnight.', 'threats'],
    ['Anything can happen to your family, you know.', 'threats'],
    ['It would be a shame if your trucks were not there on Monday morning.', 'threats'],
    ['I would hate for anything to spoil your opening night.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'A lot can happen to a parcel in transit, so please check the goods when they arrive.',
    'It would be a shame to lose a good working relationship over one invoice.',
    'We would hate for anything to go wrong with your order, so please confirm the address.',
  ])('fair: %s', clean);
});

describe('68. the customer’s private life watched: which car is theirs, what they own, their way home, their children’s times', () => {
  it.each([
    ['We know which car is yours now.', 'threats'],
    ['I hear you have bought a new boat.', 'threats'],
    ['You still drive home past the quarry every evening, I expect.', 'threats'],
    ['We are aware of your daughter’s swimming lesson times.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We know which depot is yours, so the driver will deliver to the north gate.',
    'If you drive home past our depot, you are welcome to collect the spare parts.',
    'Happy to move the call so it does not clash with your daughter’s school pick-up.',
  ])('fair: %s', clean);
});

describe('69. the reader belittled: explained to slowly, set below a child, asked for an adult', () => {
  it.each([
    ['I will explain it slowly so even you can follow.', 'abuse'],
    ['Perhaps a trained monkey could handle your online banking.', 'abuse'],
    ['Is there a grown-up in your accounts team I could speak to?', 'abuse'],
    ['I have attached it in bigger letters in case reading is the difficulty.', 'abuse'],
    ['Maybe someone more competent at your firm could handle it.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Let me explain the interest calculation step by step.',
    'Speak slowly and clearly, and give your name and the invoice number.',
    'Is there someone in your accounts team I could speak to?',
    'I have attached it again in case the first email did not arrive.',
    'Maybe someone else at your firm could handle the payment while you are away.',
    'Your inability to pay the full amount now is understood, and we can agree a plan.',
  ])('fair: %s', clean);
});

describe('70. the debt told to anyone, family copied in so they know, a public rating held over the customer', () => {
  it.each([
    ['I will tell everyone at the trade counter that you don’t pay your bills.', 'publicity'],
    ['I have copied in your father because he should know the firm is three months behind.', 'publicity'],
    ['It would be a pity if your Google rating took a knock.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Please tell your accounts payable team that the invoice is still unpaid.',
    'I will tell our driver that you have paid, so the delivery can go ahead.',
    'I have copied in our accounts team because they should know the invoice is overdue.',
    'We have only good things to say about your team.',
  ])('fair: %s', clean);
});

describe('71. wording that is not the writer’s threat: a policy’s list after “any suggestion that”, someone’s trade, the way to a yard, a letterhead', () => {
  it.each([
    'Staff must never use: threats such as "or else"; any suggestion that we will "send the bailiffs" or "have you arrested"; any statement that we will "tell your other suppliers".',
    'Our installer’s brother-in-law is a county court bailiff, so he knows the building well.',
    'Our driver knows where your yard is now, so the missing bags will come on Tuesday.',
    'LAKESIDE COMMERCIAL COLLECTIONS, INC.\n\nInvoices 8810 and 8855 remain unpaid; please call us if the balance is wrong.',
  ])('fair: %s', clean);

  it.each([
    ['Our team will "pay you a visit" on Friday.', 'threats'],
    ['What the f--- is going on in your accounts team?', 'profanity'],
    ['The county court bailiff will call on Monday.', 'threats'],
    ['We know where your yard is.', 'threats'],
    ['SEND THE MONEY NOW, ACME LTD', 'shouting'],
  ])('still flagged: %s', flags);
});

describe('72. contempt in other words: written slower to keep up, put through to a grown-up, not cut out for business, go to hell; a list of those who do not pay; the home address with the children’s times', () => {
  it.each([
    ['I will type this one slower so that you can keep up.', 'abuse'],
    ['Could you put me through to an actual grown-up?', 'abuse'],
    ['Frankly, some people are just not cut out to run a business.', 'abuse'],
    ['You can go to hell, the lot of you.', 'abuse'],
    ['The spring bulletin lists firms that never pay their suppliers, and yours will be in it.', 'publicity'],
    ['We are aware of your home address in Leeds and of your daughter’s netball practice times.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Our new bulletin lists firms that won the regional awards.',
    'Please speak to an adult education adviser about the course.',
    'We are not cut out for large installations, so we have passed your enquiry to a partner.',
    'We hold your residence address as the registered office; please confirm it is correct.',
    'Could you put me through to your accounts team?',
  ])('fair: %s', clean);
});

describe('73. locking the customer out is the act, not the hardware', () => {
  it.each([
    ['Our men will lock your doors until this is paid.', 'threats'],
    ['Padlocking your premises is next.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Thanks for the order for the new lock sets at the court buildings; our fitter will arrange access with the office.',
    'The locking bars for your doors arrive on Tuesday.',
  ])('fair: %s', clean);
});

describe('74. risks named to sell the remedy, the customer’s things in the sender’s care, a payment told apart, the day of a job', () => {
  it.each([
    'All sorts can go wrong with a roof in winter, so we recommend the annual check.',
    'A lot can happen to a trailer on a long hire, so our terms include breakdown cover.',
    'We would hate for anything to go wrong on the day of the install, so please confirm access.',
    'We know which one is yours now: the second remittance was from your sister company.',
    'We understand you have a boat in our yard for winter storage.',
  ])('fair: %s', clean);

  it.each([
    ['A lot can happen to a boat.', 'threats'],
    ['We know which one is yours now.', 'threats'],
  ])('still flagged: %s', flags);
});

describe('75. contempt the review wrote in other words: drop dead, a brain doubted, a child could do it, run like a kindergarten, no business running one; charges made up at will', () => {
  it.each([
    ['Drop dead, and take your excuses with you.', 'abuse'],
    ['Is there anyone with a brain in your accounts department?', 'abuse'],
    ['A ten-year-old could work out this sum.', 'abuse'],
    ['Your company is run like a kindergarten.', 'abuse'],
    ['Frankly, you have no business running a business.', 'abuse'],
    ['We’ll make up whatever fees we like.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Our warehouse is run like a well-oiled machine.',
    'Please ask someone with a clue about the order to call me.',
    'The new rates apply to any fees we charge from 1 May.',
    'Sales of the drop-dead gorgeous range have been strong.',
    'My ten-year-old son started at the same school.',
    'We add any charges we are owed under clause 9.',
  ])('fair: %s', clean);
});

describe('76. negation over verb phrases: a verb’s negation covers a second verb joined by “or”, not one joined by “and” with its own auxiliary; “never to imply that …”; “no,” as an answer', () => {
  it.each([
    'No, we don’t share your account with other suppliers or put anyone on any kind of blacklist.',
    'We will not contact your customers or post anything about you online.',
    'We do not report late payers to credit agencies or tell your suppliers about the debt.',
    'We don’t name customers in our newsletter or put them on any list of bad payers.',
    'We have no intention of selling your debt or telling your suppliers.',
    'Our staff are trained never to imply that non-payment is a criminal matter.',
    'Staff are told not to say that we will send anyone to the customer’s premises.',
    // A question reported stays reported past "and would …"; "no," inside a sentence is the determiner; "careful not to mention".
    'You asked whether we would tell your customers and would send the bailiffs; we will do neither.',
    'There will be no, and I repeat no, visits to your home.',
    'We were careful not to mention bailiffs or court in the letter.',
  ])('fair: %s', clean);

  it.each([
    // "and" with an auxiliary of its own: the second verb phrase is positive.
    ['We have not been paid and will now inform your bank of your unpaid invoices.', 'publicity'],
    // "or" with a subject of its own opens a clause: the threat after it stands.
    ['We won’t wait any longer or we will tell your suppliers about the debt.', 'publicity'],
    // "No," answering: what follows is not negated.
    ['No, we will post about you online.', 'publicity'],
    ['We were told to say that non-payment is a criminal matter.', 'threats'],
    // Only the sender's denial carries over "or": said of anyone else the negation is the menace, and after an
    // imperative "or" means otherwise.
    ['You can’t hide from us or ignore the bailiffs forever.', 'threats'],
    ['Debtors can’t hide from us or ignore the bailiffs forever.', 'threats'],
    ['Don’t delay or face the bailiffs.', 'threats'],
    ['Do not ignore this letter or expect the bailiffs at your door.', 'threats'],
    // Not over a verb that, negated, asserts; and ", not to mention" means "and also".
    ['We won’t wait or hesitate to send the bailiffs.', 'threats'],
    ['Expect a court claim, not to mention a visit from our bailiffs at your home.', 'threats'],
    ['We have not been paid and frankly will inform your bank.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('77. hours as a window of the day, not a unit of repetition', () => {
  it.each([
    'The records show four calls in six weeks, each during office hours, and an email after each missed call.',
    'Three calls were made, each within normal business hours.',
    'We called you twice, each time during office hours.',
  ])('fair: %s', clean);

  it.each([
    ['We will call you every hour during office hours until you pay.', 'frequency'],
    ['Each day during business hours we will ring you until this is paid.', 'frequency'],
  ])('flagged: %s', flags);
});

describe('78. "no" over a list stops at a subject of its own', () => {
  it.each([['No payment by Friday and we tell your customers.', 'publicity']])('flagged: %s', flags);

  it.each(['No bailiffs, enforcement agents or court action will be used.', 'No problem, and we will send the statement today.'])('fair: %s', clean);
});

describe('79. a count of contacts in digits, from 7 up, said to the customer ([num>=7] in the pattern language)', () => {
  it.each([
    ['We have called you 22 times this week.', 'frequency'],
    ['We rang your office 15 times today.', 'frequency'],
    ['We have called you 22 times this week, each during office hours.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'We called you 3 times this week.',
    'Our call centre handles 200 calls a day.',
    'We called you on 12 March about 14 invoices this week.',
  ])('fair: %s', clean);
});

describe('80. the customer asked to call the sender at any hour: a payment line open round the clock', () => {
  it.each(['Call 0800 123 4567 to pay, 24 hours a day, 7 days a week.', 'Call us on 0161 496 0000 to pay, 24 hours a day.'])('fair: %s', clean);

  it.each([
    ['Call us today or we will keep calling you 24 hours a day.', 'frequency'],
    ['Ring us back or we ring you every hour.', 'frequency'],
  ])('flagged: %s', flags);
});

describe('81. physical steps by the sender’s people as the price of not paying (consequence: true)', () => {
  it.each([
    ['If we don’t see it by 5pm tomorrow our driver will come round and take stock off your shelves.', 'threats'],
    ['Unless payment reaches us by Thursday, our electrician will attend your café and remove the switchboard.', 'threats'],
    ['$9,300 by the 20th or me and my brother come in with crowbars and take the lot out.', 'threats'],
    ['If the £7,600 isn’t paid by noon our lads will start dropping the scaffold at plot 14.', 'threats'],
    ['If he’s not on this phone in two minutes, I’m driving round.', 'threats'],
    ['We will be changing the locks and holding your equipment until the balance is cleared.', 'threats'],
    ['Pay by Friday or we cut the power to your premises.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Our fitters will take the old units out on Monday and fit the new kitchen on Tuesday.',
    'If it helps, we can come round and go through the statement with you.',
    'If the hired scaffold is not returned by Friday, our driver will collect it from your site.',
    'If you pay by Friday, we will take the late fee off your statement.',
    'If the goods are faulty, we will come round and take them away free of charge.',
    'Please pay today or let us know if anything changes for you.',
    // A condition about anything but paying or a deadline marks no consequence (a fresh review's probes).
    'Unless you tell us otherwise, we will take the empty pallets out of your warehouse on our usual Friday run.',
    'If you don’t need the hired coffee machine any more, I will personally come down and collect it.',
    'If you no longer want the service, we’ll cut the power to the sign at your premises.',
    'Until you confirm the new address, our driver will take the stock back to our depot.',
  ])('fair: %s', clean);

  it.each([
    ['Unless the arrears of $12,800 are paid, our removal team will attend and empty the showroom.', 'threats'],
    ['If this isn’t sorted by Monday, our lads will start pulling up the flooring they laid.', 'threats'],
  ])('flagged as well: %s', flags);
});

describe('82. a number’s comma is not a clause break: the condition runs on past “£7,600”', () => {
  it.each([['If the £7,600 isn’t paid by Friday, bailiffs will be instructed.', 'threats']])('flagged: %s', flags);
  it.each(['We have received £7,600 and will not send the bailiffs or take any other step.'])('fair: %s', clean);
});

describe('83. a claim of fact only supposed by a condition or a once/when clause (claim: true)', () => {
  it.each([
    'If we issued a claim and the court gave judgment, it would be registered and could affect your credit rating.',
    'Once the court has found in our favour, we will write to you about enforcement.',
    'If we filed a claim and the court found in our favour, a judgment could be entered against the company.',
    'A County Court Judgment could be registered only if we issued a claim and won; we have not issued a claim.',
  ])('fair: %s', clean);

  it.each([
    ['The matter has been lodged with the District Court under case number DC/2026/44871.', 'false-authority'],
    ['A levy on the business assets of Blue Heron Bakery LLC has been scheduled for December 14.', 'false-authority'],
    ['If you do not pay by Friday, judgment will be entered against you.', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('84. a colon after a denied verb of saying announces what is not said', () => {
  it.each([
    'Staff must never say, write or imply: "we\'ll send the boys round", "you\'ll regret this", or that non-payment is a crime.',
    'These phrases are harassment and could be a criminal offence under section 40 of the Administration of Justice Act 1970.',
  ])('fair: %s', clean);

  it.each([['Never say the account is closed: we will send the bailiffs on Monday.', 'threats']])('flagged: %s', flags);
});

describe('85. third parties told by any channel: a thread, a number, a group, an alert', () => {
  it.each([
    ['If the €1,650 isn’t in by Friday I’m putting your company name and the invoice up on the Cork Tradesmen group.', 'publicity'],
    ['Our next email will go to every address at your firm we can find, so your whole team knows why.', 'publicity'],
    ['Since you’re not answering, I’ll try your mum’s number next.', 'publicity'],
    ['Adding your auditor and your two biggest customers to this thread so everyone is aware.', 'publicity'],
    ['An industry alert will be issued to all produce wholesalers naming your firm as a non-paying account.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Please forward this so your accounts team knows the reference.',
    'We will add your new accounts contact to this email thread.',
    'We’ll be issuing a recall notice to all wholesalers next month.',
    'I’ve copied everyone at your branch so the whole team knows the new delivery slots.',
    'The whole team here hopes you had a good holiday.',
  ])('fair: %s', clean);
});

describe('86. invented legal effects: prison, multiplied debts, lost licences, insolvency within days', () => {
  it.each([
    ['Our barrister has advised that a custodial sentence is likely if this goes to court.', 'misleading'],
    ['You are facing a prison sentence if this is not paid.', 'misleading'],
    ['Under clause 12, late payment entitles us to three times the invoice value.', 'misleading'],
    ['Any dispute raised after the due date doubles the sum due.', 'misleading'],
    ['Under the Building Act your building warranty and your insurance cover are void until our invoice is paid.', 'misleading'],
    ['Unpaid suppliers can apply to the council to have your food licence pulled.', 'misleading'],
    ['STATUTORY DEMAND. Your company will be wound up in 7 days unless $3,100 is paid.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'We have written three times about invoice 4471 and had no reply.',
    'Please quote your VAT number on the remittance.',
    'Non-payment of a business debt never leads to a prison sentence.',
    'Fraud can result in a custodial sentence, but an unpaid invoice is a civil matter.',
    'If the statutory demand is not met within 21 days, we may present a winding-up petition.',
  ])('fair: %s', clean);
});

describe('87. a benefit held until a complaint or dispute is dropped; a vague price of not paying', () => {
  it.each([
    ['The $600 credit you’re owed stays with us until you drop the dispute on invoice 3312.', 'coercion'],
    ['We will not release the vaccine order until you drop the dispute and pay invoice 22019 in full.', 'coercion'],
    ['If you withdraw the complaint you made to Trading Standards, we will put your account on hold.', 'coercion'],
    ['Withdraw the complaint and we’ll talk.', 'coercion'],
    ['Pay it today, all of it, or tomorrow everything changes for you.', 'coercion'],
    ['If I have to come looking for it, you will not like it.', 'coercion'],
    ['Pay the 3 grand or your kneecaps are next.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'If you decide to withdraw your dispute, please let us know and we will close the query.',
    'We will keep the goods until the dispute is resolved.',
    'If the base rate changes, things change for you too, as the interest is variable.',
    'Last chance to take the 3% early-settlement discount on invoice 9910: pay by 4 December.',
    'Friendly reminder that invoice 3320 for the body-worn cameras supplied to your bailiffs fell due on 25 November.',
  ])('fair: %s', clean);
});

describe('88. a fresh review’s misses, by kind: an imperative of not complying, then what follows; rulings, licences and reviews', () => {
  it.each([
    // "Don't pay and …", "keep ignoring us and …": the "and" of an ultimatum.
    ['Don’t pay and we’ll turn up at the depot and take the vans back ourselves.', 'threats'],
    ['Keep ignoring us and see what happens.', 'coercion'],
    ['Ignore this letter and find out what happens next.', 'coercion'],
    ['You absolute waste of space, pay your bloody bills.', 'abuse'],
    ['Maybe a visit from some friends of mine will change your mind.', 'threats'],
    ['We’ll be waiting outside your kid’s school gates on Monday.', 'threats'],
    ['The claim was lodged in the District Court on 3 May.', 'false-authority'],
    ['If this invoice remains unpaid, your Gas Safe registration will be suspended.', 'misleading'],
    ['The manufacturer’s warranty on the boilers is void until you pay us in full.', 'misleading'],
    ['We won’t release the certificate of conformity until the dispute with Trading Standards is withdrawn.', 'coercion'],
    ['Withdraw your Trading Standards complaint and we’ll sort the refund.', 'coercion'],
    ['Copying in the whole office so your team can see what sort of company they work for.', 'publicity'],
    ['Expect a review on Google detailing exactly how you treat your suppliers.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Keep the receipt and see what happens to the price next month.',
    'If the payment doesn’t arrive on 12 April, I’ll call you on 15 April to find out what happened and agree a new date.',
    'Ignore the earlier reminder and use the new bank details below.',
    'If you can’t pay it all now, reply and we’ll see what we can do.',
    'Don’t pay twice and please let us know if the card payment fails.',
    'We sponsor the kids’ football club at your son’s school.',
    'The warranty is void if the unit is tampered with.',
    'If your subscription is not paid, your software licence will be suspended on 1 June.',
    'Thank you for the lovely review on Google last week.',
    'Try the new portal and see what happens when you click Pay.',
    'What a waste of time the old portal was.',
  ])('fair: %s', clean);
});

describe('89. a second fresh review: what the consequence is of, and whose the licence, the lock or the claim is', () => {
  it.each([
    // A deadline makes a consequence only for "it" or "this" (the payment): keys, hire extensions and renewals are not.
    'Unless you return the keys by Friday, we will have to change the locks on the flat for the next tenant.',
    'If the hire is not extended by Friday, our team will come round to load the equipment onto our lorry at the end of the hire period.',
    'If the invoice is not paid by Friday, we will come round on Monday to discuss a payment plan in person, if you agree to a visit.',
    'If you haven’t paid by Friday, we will drive round with the paperwork so you can sign the payment plan.',
    'Ignore the alarm test on Tuesday and the engineers will cut the power for 10 minutes at noon.',
    'If the annual fee is not paid by renewal date, your licence will lapse at the end of the current term, as set out in the agreement.',
    'Your licence will be suspended if the subscription is not renewed by the end of the term, as the licence agreement states.',
    'If the policy is not renewed by the 1st, your insurance will lapse, so please check with your broker.',
    'Our quote for the extension is three times the invoice for the survey, as you would expect.',
    'Winding up the project within days of handover is our usual practice; the final invoice follows.',
    'The ombudsman upheld our position in the decision dated 4 March, a copy of which we sent to you.',
    'Your claim was lodged with the court by your solicitors on 1 April, and we will respond within the time allowed.',
    'If you withdraw your complaint, please let us know in writing so we can close the file.',
    'If the invoice is unpaid by Friday, see what happens to your balance in the portal: it will show the late fee.',
  ])('fair: %s', clean);

  it.each([
    ['If the invoice is still outstanding on Friday, your warranty on every machine we sold you becomes void.', 'misleading'],
    ['Settle £2,000 today or we’ll remove the goods from your premises tonight.', 'threats'],
    ['Pay today or we will take the goods from your shop.', 'threats'],
    ['We will announce your non-payment at the trade association meeting so everyone knows.', 'publicity'],
    ['Unless you pay within 24 hours, your debt will be doubled.', 'misleading'],
    ['Keep ignoring this and we’ll come and get what’s ours.', 'threats'],
    ['Unless you pay, we’ll be round to collect your car.', 'threats'],
    ['Pay by Friday or the lights go out at your restaurant.', 'threats'],
    ['Ignore this and see what happens to your business.', 'coercion'],
  ])('flagged: %s', flags);
});


describe('90. a denied thought of a denial asserts it (“don’t think we won’t …”); a court’s step on a condition; “or else” before a second thing to do', () => {
  it.each([
    ['Don’t think we won’t send the bailiffs round.', 'threats'],
    ['Do not assume we will not tell your customers.', 'publicity'],
    ['Pay by Friday or else we send the lads.', 'coercion'],
    ['A default judgment has been entered against you.', 'false-authority'],
    ['Don’t think we won’t turn up at your kid’s school gates to have a word.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    // And two more of the second review's fair sentences: a court's step on a condition, "or else" before a second thing to do.
    'If you do not respond to the claim form within 14 days, the court may enter a default judgment.',
    'Please settle the balance of £860, or else send us a remittance if you have already paid.',
    'We do not expect that we will ever need to send anyone to your premises, and we will not.',
    'I don’t think we have not been patient; we will not tell your customers.',
  ])('fair: %s', clean);
});

describe('91. officers said to be on their way; access blocked as the price of not paying', () => {
  it.each([
    ['The court has already ruled against you and enforcement officers are on their way.', 'threats'],
    ['Clear the balance of €9,400 or our driver will be parking the truck across your loading bay till you do.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Our driver will be parking across your loading bay for ten minutes while he unloads on Tuesday.',
    'The engineer is on his way to your site to fix the boiler.',
    'Unless the invoice is paid, we will block your access to the portal.',
  ])('fair: %s', clean);
});

describe('92. a court case or costs said to come by themselves; a deadline said to be the law’s', () => {
  it.each([
    ['I’m afraid the law gives you only 48 hours from this call to pay before the debt becomes a court matter automatically.', 'misleading'],
    ['If we have to go to court, costs of at least £4,000 will be added automatically to your bill.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'The law gives you 30 days to dispute the debt in writing.',
    'Statutory interest is added automatically under the Late Payment Act at 8% over base rate.',
    'Payment is taken automatically by direct debit on the 1st.',
  ])('fair: %s', clean);
});

describe('93. the police said to know of the debt already', () => {
  it.each([
    ['The police are aware of your non-payment.', 'threats'],
    ['Local police have been notified of this debt.', 'threats'],
    ['Your non-payment has been reported to the police.', 'threats'],
    ['The Gardaí have been informed of your company’s conduct.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'The police are aware of the theft of our van and have given us a crime reference.',
    'The police have not been made aware of your account, and will not be.',
    'This matter has been reported to the police as a theft of goods from our yard.',
    'As you mentioned, the fraud on your account has been reported to the police, so we have paused reminders.',
    'Your case has been logged with the police, you told us, so we have put the account on hold.',
    'We work closely with the police as a supplier of their radio equipment.',
  ])('fair: %s', clean);
});

describe('94. a public body, named by the shape of its name, said to be told of the debt or to act on it', () => {
  it.each([
    ['The Solicitors Regulation Authority has been informed of your unpaid fees.', 'false-authority'],
    ['Your company has been reported to the National Trade Credit Bureau under reference NTCB-5521.', 'false-authority'],
    ['We have lodged the overdue invoices with the Provincial Debt Registry.', 'false-authority'],
    ['This demand is issued under the authority of the Commercial Arrears Tribunal.', 'false-authority'],
    ['You are hereby ordered to pay the balance within seven days.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'If you are unhappy with how we handled this, you can refer a complaint to the Small Business Commissioner.',
    'We are authorised and regulated by the Financial Conduct Authority, firm reference 123456.',
    'We are registered with the Information Commissioner’s Office as a data controller.',
    'The Charity Commission number is printed on the invoice for your records.',
    'If the invoice is still unpaid on 9 January, we will lodge a claim with the Small Claims Tribunal.',
    'After 45 days we may refer the overdue amount to the State Facilitation Council for conciliation.',
  ])('fair: %s', clean);
});

describe('95. criminal process said to be a live prospect, or its exclusion denied', () => {
  it.each([
    ['Prosecution is very much on the table now.', 'threats'],
    ['Criminal proceedings remain an option for us.', 'threats'],
    ['Arrest is not out of the question at this point.', 'threats'],
    ['I would not rule out criminal charges if the cheque bounces again.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Criminal charges are not on the table: an unpaid invoice is a civil debt.',
    'Prosecution is off the table; this is a contract dispute and nothing more.',
    'We have ruled out court action for now and would like to agree a plan.',
    'Staff note: harassing a debtor is an offence, and criminal proceedings are possible against the collector.',
  ])('fair: %s', clean);
});

describe('96. a standing a public body grants, said to be withdrawn or reviewed over the debt', () => {
  it.each([
    ['Non-payment of this account will lead to your practising certificate being reviewed.', 'misleading'],
    ['Once the balance passes 120 days, your accreditation will be withdrawn.', 'misleading'],
    ['Failure to pay will mean your chartered status is suspended.', 'misleading'],
    ['Once we start proceedings, your registration with the institute will be revoked.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Your VAT registration number is missing from the remittance; please add it.',
    'Once payment is received, your account will be reviewed and orders released.',
    'Your accreditation renewal will be reviewed by the awarding body next month.',
    'Late payment may result in interest under the Late Payment of Commercial Debts (Interest) Act 1998.',
    'Once the claim is issued, the court will send you a response pack.',
  ])('fair: %s', clean);
});

describe('97. a call or text at a clock time before 8 am or from 9 pm, the time read by chrono-node ([hour<8], [hour>=21])', () => {
  it.each([
    ['Tried the director’s mobile at 6:40am and again at 9.30pm; will keep trying.', 'frequency'],
    ['Expect my next call at 5 in the morning.', 'frequency'],
    ['[22:15] Messaging you now since you never pick up in the day.', 'frequency'],
    ['I rang your cell at 11 at night and left a voicemail.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Our lines are open from 7.30am to 9.30pm on weekdays.',
    'Call us any time after 7am on 0161 555 0100.',
    'As you asked, we rang at 7:15am before your site meeting.',
    'We called at 10am and again at 2.30pm and left a message.',
    'At 01:47 into the recording the agent mentions the invoice.',
    'The courier will deliver the pallets at 6am on Tuesday.',
    // The customer's own calls and messages, at any hour.
    'You rang our office at 6:50am and left a message; we are returning your call now.',
    'Thank you for your text at 22:40 confirming the payment date.',
    'Your voicemail, left at 11pm on Sunday, has been passed to the credit team.',
    'Inbound call 21:45 from the customer, who promised payment on Friday.',
  ])('fair: %s', clean);
});

describe('98. the reader addressed as an animal at the head of a clause', () => {
  it.each([
    ['Answer the phone, you miserable snake.', 'abuse'],
    ['You sneaky little rat, you promised Friday.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Thank you for the photos of the rats in the grain store.',
    'If you see a snake near the loading bay, call site security.',
    'You pig-tailed the cables neatly; the invoice for that work is attached.',
  ])('fair: %s', clean);
});

describe('99. fees the law does not give: a penalty in money by the day, a share of the debt for collecting it, a fee for disputing', () => {
  it.each([
    ['From today a late charge of £60 per day is added until the account is clear.', 'misleading'],
    ['If we pass the file on, debt collection fees of 35 percent of the outstanding balance go on top.', 'misleading'],
    ['Raising a query now means a £200 dispute handling fee.', 'misleading'],
    ['Please be aware that disputes are charged at $90 each.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Interest is accruing at £1.12 per day under the Late Payment Act.',
    'We have added the collection agency’s actual charge of £280 as reasonable recovery costs.',
    'Clause 9 of your signed credit application provides for collection costs of 20 percent of the balance.',
    'There is no charge for raising a dispute; tell us what is wrong and we will look into it.',
    'Fixed compensation of £140 is claimed: £70 on each of the two invoices.',
  ])('fair: %s', clean);
});

describe('100. goods already paid for held until another invoice is paid; silence denied; the whole team copied', () => {
  it.each([
    ['The brochures you prepaid are boxed, but we are keeping them until the September invoice is settled.', 'coercion'],
    ['We are holding the survey drawings (which you paid for in advance) until invoice 3302 for the other site is paid.', 'coercion'],
    ['We will not stay silent about your arrears at the trade dinner.', 'publicity'],
    ['I have copied your entire staff on this email so they know the account is unpaid.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Orders already paid for in advance ship as normal; new credit orders are held until invoice 88 is settled.',
    'We will keep this between us and your accounts team.',
    'I have copied in your finance director, as you asked.',
    'Our drivers will ring you before each delivery.',
  ])('fair: %s', clean);
});

describe('101. a step denied later in its own sentence; the sender’s own yard locked up; an objection lodged with a register', () => {
  it.each([
    'Plenty of suppliers would post your name on Facebook by now, we’re not going to do that.',
    'Some firms ring every hour until they are paid, that is not how we work.',
    'We’re locking up the warehouse from 24 December, so please collect before then.',
    'We have lodged an objection with Companies House so the company is not struck off while the debt is outstanding.',
  ])('fair: %s', clean);

  it.each([
    ['We could post your name on Facebook, but we won’t do that if you pay by Friday.', 'publicity'],
    ['We will name and shame you on Facebook. That is not how I usually work.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('102. more of the review’s kinds in other words: a police referral as a prospect, its exclusion denied in the perfect; a penalty in money by the day said of the customer; a simile of vermin', () => {
  it.each([
    ['A referral to the police has not yet been ruled out.', 'threats'],
    ['Frankly a fraud complaint is on the cards now.', 'threats'],
    ['You will be charged an extra £60 for each day this stays unpaid.', 'misleading'],
    ['Every day of delay adds another £80 to your bill.', 'misleading'],
    ['You keep slithering away like a slug whenever we ring.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'A police referral has been ruled out; we will use the small claims court if we must.',
    'Statutory interest runs at £0.94 for each day the invoice is late, under the Late Payment Act.',
    'You will be charged interest of £1.12 for each day the invoice is late, as the Act allows.',
    'The garden centre has had a problem with slugs in the seedling house, so the delivery is delayed.',
  ])('fair: %s', clean);
});

describe('103. silence sold for payment, not a plain reassurance; the sender’s own working day and a system’s timetable by the hour', () => {
  it.each([
    ['Clear the £900 by Thursday and this stays between us.', 'publicity'],
    ['This stays between you and me so long as you pay this week.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We will not discuss your account with anyone else; it stays between you and me.',
    'I’m on the road every day this week, so email is the best way to reach me.',
    'The meters are now logging every hour to your portal, so you can check usage yourself.',
  ])('fair: %s', clean);
});

describe('104. enforcement by the court’s officers and orders is lawful after a judgment the letter states, a threat where none is stated; Scots law’s arrestment is no arrest', () => {
  it.each([
    ['Sheriff officers will call at your depot on Friday to collect the balance.', 'threats'],
    ['We are applying for a charging order on your premises.', 'threats'],
    ['No judgment has been entered yet, but our bailiffs will attend your unit on Monday.', 'threats'],
    ['If judgment is entered, bailiffs will be at your yard the same week.', 'threats'],
    ['Any judgment would be enforced at once by our enforcement agents, who will visit your shop.', 'threats'],
    ['Ignore this letter and you will be arrested.', 'threats'],
    ['Judgment was entered against you on 3 March, and a couple of our lads will be round to sort it out.', 'threats'],
    ['Please treat this email as a writ.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'The court granted decree against your company on 9 May. It remains unpaid, so sheriff officers have been instructed to serve a charge for payment; you will then have 14 days to pay.',
    'The judgment of 12 February remains unpaid. We will apply for an attachment of earnings order, and the court will ask about your income before it decides anything.',
    'Further to the judgment obtained on 4 April, we have applied for a charging order over the unit at 6 Mill Lane. You can still pay the judgment sum to stop it.',
    'Sheriff officers served an arrestment on the company’s bank account on 3 June, following the decree granted on 2 May. Pay the sum due and we will instruct its release.',
    'Judgment was entered against Orchard Lane Foods Ltd on 2 June. Enforcement officers may attend the premises after the writ is issued; paying the judgment sum before then stops this.',
  ])('fair: %s', clean);
});

describe('105. a subject line in capitals is a heading; contact the customer asked for, reported in any person; charges frozen for the customer', () => {
  it.each([
    ['RE: PAY THIS INVOICE TODAY OR FACE THE CONSEQUENCES', 'shouting'],
    ['We will ring you every day until this is paid.', 'frequency'],
    ['We will freeze your bank accounts on Monday.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'RE: OVERDUE INVOICES 5512 AND 5519 — SUPPLY OF CEMENT TO ABUJA\n\nDear Mr Eze,\n\nInvoices 5512 and 5519 are now 30 days overdue. Please pay by 14 March.',
    'Call note: Priya asked us to phone her each morning this week while her team closes the month.',
    'While the plan runs we will freeze interest on your account.',
  ])('fair: %s', clean);
});

describe('106. contempt as an attribute of the customer’s people or a comparison with them; the bank as a modifier of what is handled', () => {
  it.each([
    ['No wonder nothing gets paid with an accounts team as useless as yours.', 'abuse'],
    ['Your useless accounts team has lost the invoice again.', 'abuse'],
    ['We will let your bank know that your company does not pay its suppliers.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We will write to you when your bank details have been added to our system.',
    'Please tell us if your bank holidays differ from ours, so the reminder does not arrive on one.',
    'Your team did a great job on the install.',
  ])('fair: %s', clean);
});

describe('107. from a fresh review: a judgment cited with its court and date is a record; a request for contact reported in the passive; "authorise" is not "the authorities"', () => {
  it('reads hourly calls until payment as contact, not as a threat of arrest', () => {
    const found = rules(draft('We will be phoning your reception every hour until someone authorises payment.').errors);
    expect(found).toContain('frequency');
    expect(found).not.toContain('threats');
  });

  it.each([
    'Judgment was entered against Pennine Tool Hire Ltd in the County Court at Bradford on 14 May 2025 for £8,300.',
    'Call note: she asked to be phoned each afternoon this week while the finance director is away.',
  ])('fair: %s', clean);
});

describe('108. borrowing urged on anyone, or reported of the customer; the customer’s business denied or belittled; whether the reader can read', () => {
  it.each([
    ['Said he can remortgage the house like everyone else does.', 'coercion'],
    ['Tell them to put the balance on a personal credit card while you are on the call.', 'coercion'],
    ['Get her to stick the $4,300 on her card tonight.', 'coercion'],
    ['Either the estate pays us or you take out a home equity loan against your place.', 'coercion'],
    ['Let’s be honest, you’re not really a business, are you?', 'abuse'],
    ['Your little hobby outfit has had three months to find the money.', 'abuse'],
    ['Please forward this to someone in your team who can actually read.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'You can pay by credit card on our portal.',
    'You can put the payment on your company card through the portal.',
    'If you cannot read the attachment, let us know and we will send it again.',
    'This is not really a business decision we can take alone.',
    'You are not a business customer, so the consumer rules apply.',
    'Anyone who can read the meter should send us the figure.',
  ])('fair: %s', clean);
});

describe('109. a statutory rate beyond any statute, charges whatever the contract says, today’s messages counted, a public body acting on the creditor’s say-so, the letter as service, forced entry as the price of not paying', () => {
  it.each([
    ['Under the Late Payment Act we may charge interest at 24% a year on every overdue invoice.', 'misleading'],
    ['An admin fee of £90 goes on the account every week from now on, whatever your terms say.', 'misleading'],
    ['Call number 6 of today, and we are nowhere near done.', 'frequency'],
    ['We have asked the Registrar of Companies to strike off your company unless this is paid.', 'false-authority'],
    ['Kindly treat this email as service of the claim form.', 'false-authority'],
    ['Pay by noon or we come back with bolt cutters for the gate.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Statutory interest runs at 12% a year (8% over the 4% base rate) under the Late Payment Act.',
    'Email 4 of 6 in our reminder sequence goes out on 12 May.',
    'Our locksmith will attend on Tuesday to change the locks you asked us to replace.',
  ])('fair: %s', clean);
});

describe('110. the customer’s difficulties dismissed in other words; the invoice pinned or printed where the public reads it; an accident wished on anyone', () => {
  it.each([
    ['Your cashflow woes are your own funeral, not ours.', 'coercion'],
    ['I could not care less about your cash flow; the balance is due today.', 'coercion'],
    ['I’ll pin a copy of your unpaid invoice to the bulletin board at the hardware store.', 'publicity'],
    ['We have booked a quarter-page in the Gazette for the names of firms that do not pay.', 'publicity'],
    ['A bloke can have a nasty fall on a wet loading bay this time of year. Pay by Friday.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Our advert in the local paper lists our new opening hours.',
    'Your cash flow is a concern for us too, so let’s agree a plan that works.',
    'We know a slow season is hard; if it helps, we can split the balance over three months.',
  ])('fair: %s', clean);
});

describe('111. false positives of the development sets’ near-misses: a claim lodged in the customer’s insolvency; a review the customer wrote; a fake email called fraud; one call a week; documents destroyed; an intention to instruct solicitors; goods ordered; a heading ending in a company’s name; a sheriff after a decree', () => {
  it.each([
    ['We have passed your account to the sheriff for collection.', 'threats'],
    ['Your account has been passed to our solicitors, who are preparing proceedings.', 'false-authority'],
    ['YOUR DISGRACEFUL EXCUSES HAVE RUN OUT, SO PAY TODAY, NORTHFIELD LTD', 'shouting'],
  ])('flagged: %s', flags);

  it.each([
    'We have filed our claim with the trustee in your bankruptcy.',
    'Thanks so much for the lovely Google review last month. Invoice 1182 fell due on 28 November.',
    'If you receive any email saying our bank details have changed, it is a fraud attempt; please ring us before paying.',
    'As agreed, I’ll keep to one call a week, Thursdays around 11, until the balance is cleared under the plan.',
    'We will securely destroy the copies of your bank statements you sent us.',
    'We have decided to pass the account to our solicitors on 3 June if it is still unpaid.',
    'You’re ordering 400 croissants a week now, so we have moved you to weekly invoices.',
    'LETTER OF DEMAND — SGD 33,250.00 DUE TO LION CITY HYDRAULICS PTE LTD',
    'We have passed the extract decree to Fife Sheriff Officers for service of a charge for payment.',
  ])('fair: %s', clean);
});

describe('112. a “LEGAL NOTICE” heading is a lawyer’s, lawful on a solicitor’s or advocate’s letter for a client and court dress on a creditor’s own', () => {
  it.each([
    ['LEGAL NOTICE\n\nPay the £8,365.00 we are owed within 14 days.', 'false-authority'],
    ['LEGAL NOTICE\n\nWe are not acting for anyone; this is our own demand. Pay within 14 days.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'LEGAL NOTICE\n\nWe act for Glamorgan Worktops Ltd, which supplied goods to your company under invoices 4401 to 4418. Our client requests payment of £8,365.00 within 14 days.',
    'LEGAL NOTICE\n\nUnder instructions from my client, Vidarbha Cables, I call upon you to pay the sum due under invoices VC/221 to VC/229 within 15 days of receiving this notice.',
  ])('fair: %s', clean);
});

describe('113. menace by insinuation in other shapes: means outside the law, politeness about to end, regret wished on the customer’s things, a reference or others’ discretion held over them, a third party copied so it knows', () => {
  it.each([
    ['We have ways of getting our stock back, and not all of them involve the courts.', 'coercion'],
    ['You really don’t want to see what happens when we stop being nice.', 'coercion'],
    ['Lovely new van you have there. Such a shame if it were to get spoiled before it is paid for.', 'threats'],
    ['The pallets you paid for are here; I’d be sorry for them to go astray while the older invoices are open.', 'threats'],
    ['We are down as your referee for the council contract. It would be a pity if our reference were anything less than glowing.', 'coercion'],
    ['The lads on the trade counter do talk, and I can’t promise they’ll stay quiet about your account.', 'publicity'],
    ['I have copied your landlord so that he is aware the shop is not paying its suppliers.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We’d be sorry if the goods got damaged in transit, so we’ve added extra packaging.',
    'We cannot guarantee that emails sent to us are confidential; please use the portal for bank details.',
    'Happy to act as your referee for the tender; our reference will say you have always paid on time.',
  ])('fair: %s', clean);
});

describe('114. the customer entered on a register by the creditor; a loan of any kind urged; reminders counted by number', () => {
  it.each([
    ['As the account is unpaid, we have placed your company on the national insolvency register.', 'misleading'],
    ['Take out a credit union loan or sell the forklift; I don’t mind which.', 'coercion'],
    ['Chaser #6 this morning for invoice 2291. Expect another at lunch.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'We have added your new delivery address to the register of approved sites you asked us to keep.',
    'Get a copy of the loan agreement from your bank before the meeting.',
  ])('fair: %s', clean);
});

describe('115. a crime done to the sender, reported; a background check; fraud against the sender or by a fake message; contact at an hour the customer asked for, in a call note; the customer asked for a review; a word made of an insult', () => {
  it.each([
    ['We will report you to the police if this is not paid.', 'threats'],
    ['You will have a criminal record if you do not pay.', 'threats'],
    ['We will call you at 10pm every night until you pay.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Our depot was burgled on Saturday and the new stock taken; we reported the theft to the police the same day.',
    'Please confirm you have up-to-date enhanced criminal record checks for the three drivers.',
    'A former employee altered invoices last year. This was fraud against our company, and it is with our auditors.',
    'Call note: Ade emailed asking us to ring him at 6am our time, before his shift in Lagos starts.',
    'Would you mind posting a quick review on Google?',
    'The new portal is idiot-proof: two clicks and you’re done.',
  ])('fair: %s', clean);
});

describe('116. fresh32’s near-misses: funds frozen after a stated judgment; Scotland’s sheriff clerk and sheriff court; an appointment made by order of a court; a judgment named in a heading or with its sum in brackets; a schedule of arrestment', () => {
  it.each([
    ['We will have your bank accounts frozen on Monday.', 'threats'],
    ['The sheriff will attend your yard with us on Friday to take the vans.', 'threats'],
    ['This letter is sent by order of the court.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'Judgment of 2 September 2026 — £7,940.10\n\nIf it stays unpaid, we may ask the court for an order that requires your bank to freeze money in the account.',
    'Your claim form will be served by the sheriff clerk at Perth Sheriff Court, who will write to you with the timetable.',
    'The examiner appointed by order of the High Court on 4 March has asked creditors to submit their claims.',
    'The judgment against Moyo Property Services Ltd (£22,650.00) remains unpaid.\n\nA charging order over the office would secure the judgment against it; it does not by itself lead to a sale.',
    'The decree was granted on 3 May; sheriff officers will send you a copy of the schedule of arrestment served on your bank.',
  ])('fair: %s', clean);
});

describe('117. from a second fresh review, in other words: the hardship handed back, family money named as the source, a letter called a judgment, misfortune as a habit of places like the customer’s, a lawyer named for a client, hired goods collected at the end of the hire', () => {
  it.each([
    ['I know trade is slow, but honestly that’s your headache, not mine.', 'coercion'],
    ['Your brother could lend you the £900 by Friday, couldn’t he?', 'coercion'],
    ['We are not interested in your excuses about the flood; pay today.', 'coercion'],
    ['Please regard this email as equal to a county court judgment.', 'false-authority'],
    ['Yards like yours go up in smoke all the time round here.', 'threats'],
    ['Tools have a way of disappearing from customers who don’t pay their invoices.', 'threats'],
    ['We will be saying as much to anyone who asks about your firm.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'LEGAL NOTICE\n\nHarlow & Byrne, solicitors for Pennine Tool Hire Ltd, write about invoice 7710 for £3,106.00, which is overdue. Please pay or tell us why you dispute it within 14 days.',
    'Our driver will call at your yard on Monday to collect the mixer at the end of the hire period.',
    'Small items do tend to go missing in transit, so please count the cartons when they arrive.',
    'Your family are welcome at the open day on Saturday.',
  ])('fair: %s', clean);
});

describe('118. a negation fronted before an inverted clause; a subject denied by the passive or perfect after it (the negated adjective, or a hindrance denied, still menaces)', () => {
  it.each([
    ['At this point we will send bailiffs to your premises.', 'threats'],
    ['The bailiffs will not be gentle.', 'threats'],
    ['Bailiffs will not be stopped by excuses.', 'threats'],
    ['Bailiffs won’t be far behind.', 'threats'],
    ['No sooner will you miss this date than we will tell your bank.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'At no time will we send bailiffs to your premises.',
    'Under no circumstances would we contact your customers about this.',
    'Not once have we told your bank about the invoice.',
    'We have been patient, and not once have we told your bank.',
    'Bailiffs are not involved in this account.',
    'Bailiffs will not be needed.',
    'The bailiffs have not been called.',
  ])('fair: %s', clean);
});

describe('119. a document’s title in capitals on a line of its own; Scots arrestment of funds; a charge for payment served, which only follows a decree', () => {
  it.each([
    ['Dear Ms Kerr,\n\nYOUR ACCOUNT IS NOW SERIOUSLY OVERDUE\n\nInvoice 8812 was due on 4 May.', 'shouting'],
    ['Invoice 8812 is overdue. FINAL NOTICE BEFORE WE ACT.', 'shouting'],
    ['Our officers will arrest you at the depot on Friday.', 'threats'],
    ['The sheriff officers will attend your yard on Monday to take the vans.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'NOTICE UNDER SECTION 21 OF THE ARBITRATION AND CONCILIATION ACT, 1996\n\nTo: Meridian Textiles Pvt Ltd',
    'Dear Mr Dunn,\n\nCREDITOR’S STATUTORY DEMAND FOR PAYMENT OF DEBT\n\nThe company owes £8,120.00 under invoice 5521, dated 2 June.',
    'Following the decree granted on 2 May, we have instructed sheriff officers to arrest funds held for your company by its bank.',
    'The charge for payment served on your company on 3 June has expired. Sheriff officers may now arrest funds in your bank account.',
  ])('fair: %s', clean);
});

describe('120. misfortune as a habit, whoever it befalls (the lexicon’s misfortune); goods taken for a purpose that is the debt', () => {
  it.each([
    ['Blokes who owe me money have a funny habit of having accidents on site.', 'threats'],
    ['Unpaid accounts have a way of ending up with their windows smashed.', 'threats'],
    ['The van will be taken from your yard to reduce the balance you owe.', 'threats'],
    ['Our men will strip the stock from your showroom to go towards what you owe.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Invoices have a way of getting lost in the post, so we now email them too.',
    'We will collect the unsold stock from your site to reduce what you owe, as agreed in the sale-or-return terms.',
    'Your payment of £400 was taken on 3 May to reduce the balance, as you asked.',
  ])('fair: %s', clean);
});

describe('121. the reader made personally answerable for the business’s debt with no guarantee named; a payment named in the sentence before (“until then”); nobody saying it, over a complement clause', () => {
  it.each([
    ['Since you signed the purchase order, you are personally responsible if the company does not pay.', 'misleading'],
    ['The balance should now be paid by you personally.', 'misleading'],
    ['On liquidation the debt passes to you as director.', 'misleading'],
    ['We will send the trade reference once invoice 311 is paid. Until then, we will not be returning the reference form.', 'coercion'],
    ['Nobody will save you when the bailiffs come.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'As a sole trader, you are personally liable for the debts of your business.',
    'Under the personal guarantee you signed on 3 May, you are personally liable for the balance.',
    'We have assigned the debt, which now passes to Aldgate Finance.',
    'We are writing to you personally because the accounts inbox bounces.',
    'We have no plans to take legal action, and nobody is suggesting you are personally liable for it.',
    'Your new order ships on Monday. Until then, the old price list applies.',
  ])('fair: %s', clean);
});

describe('122. contact kept up, in any verb of contacting (the lexicon’s contacting); peace denied until paid; contact promised from every quarter; the customer’s line kept busy; disclosure the sender “cannot promise” to prevent; the trade shut against the customer', () => {
  it.each([
    ['I’m not going to stop messaging you until the money lands.', 'frequency'],
    ['Every morning and every evening, until the £900 lands.', 'frequency'],
    ['You won’t get a moment’s peace until this is paid.', 'frequency'],
    ['Expect to hear from us on your mobile and by email every single day.', 'frequency'],
    ['We will keep your phones ringing until you pay.', 'frequency'],
    ['We can’t promise your staff won’t hear about it.', 'publicity'],
    ['These things have a way of getting around.', 'publicity'],
    ['Nobody in the trade will deal with you again.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We will never stop supporting your business.',
    'Please don’t block our number; it’s the helpline.',
    'You can keep your line free for customers by emailing us instead.',
    'We cannot promise you won’t hear from the courier before 9am.',
  ])('fair: %s', clean);
});

describe('123. from a fresh review, in other words: a time limit for disputing said to be the law’s; a supplier’s own enforcement division; a visit in the passive; a plan only once a complaint is withdrawn; a rhetorical “wouldn’t it be a shame”; a judgment named by its date after “the”', () => {
  it.each([
    ['Legally, the window to query this invoice closed ten days after delivery.', 'misleading'],
    ['By statute you have only five days to dispute a trade invoice.', 'misleading'],
    ['Signed: Debt Enforcement Division, Harcourt Timber Ltd', 'false-authority'],
    ['Your yard will be visited by our collections team on Friday.', 'threats'],
    ['We will only agree instalments after you have dropped the review you posted about us.', 'coercion'],
    ['Wouldn’t it be a pity if your shopfront were smashed one night?', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Under our terms, you have 30 days to raise any query about an invoice.',
    'Your site will be visited by our surveyor on Tuesday, as agreed.',
    'We can discuss a payment plan now; your complaint is being handled separately.',
    'The judgment of 9 January 2026 allows us to apply for a charging order if it stays unpaid.',
    'The Enforcement Division of the High Court will write to you about the timetable.',
  ])('fair: %s', clean);
});

describe('124. a state-sounding body for collections; a police-sounding unit or title for the caller; a crime reference given to an invoice; calls counted up “if that’s what it takes”', () => {
  it.each([
    ['Notice from the National Arrears Registry: your account is listed.', 'false-authority'],
    ['It’s Sergeant Hollis from the Fraud Recovery Squad about your supplier account.', 'false-authority'],
    ['A police reference has been logged against your overdue account.', 'false-authority'],
    ['Ten calls so far, and I’ll make it fifty if that’s what it takes.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'The theft from our depot was reported, and the crime reference number is CR/1192.',
    'The National Debt Advice Service can help you plan repayments.',
    'Our fraud team has blocked the fake invoices sent in our name.',
  ])('fair: %s', clean);
});

describe('125. retention of title, the unpaid goods’ own remedy; a judgment sum said to be unpaid in a clause of its own', () => {
  it.each([
    ['We will keep the certificates you paid for until invoice 7 is settled.', 'coercion'],
    ['The judgment debt has been registered against your company.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'Under clause 9 of your credit application, ownership of the goods supplied remains with us until they have been paid for.',
    'As the judgment sum remains unpaid, our solicitors have applied for an order to charge the property.',
  ])('fair: %s', clean);
});

describe('126. negation as menace and dismissal: kindness withdrawn next time; what the customer can afford, or their dispute, brushed aside; insolvency said to give no protection from the creditor; “not paying” as the subject of an invented consequence; disclosure that “need not” happen; contempt by organ', () => {
  it.each([
    ['Next time we come round, we won’t be so patient.', 'coercion'],
    ['Nobody with two brain cells runs an account like this.', 'abuse'],
    ['No one is interested in what you can afford; we want the full amount.', 'coercion'],
    ['Dispute or no dispute, the balance is due on Friday.', 'coercion'],
    ['Going into administration won’t save you from paying us.', 'misleading'],
    ['Not paying by the 9th means an automatic county court judgment.', 'misleading'],
    ['No reason why your tenants should hear about this, is there?', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We will not be as quick to deliver in December because of the holidays.',
    'If you do not respond to the claim form, the court may enter judgment in default.',
    'No need for your staff to know about the new pricing yet.',
    'Not paying by Friday means we will write once more with a date, nothing else.',
  ])('fair: %s', clean);
});

describe('127. a certificate or other leverage denied in the passive until another invoice is paid; warranty visits not booked until the arrears are squared away', () => {
  it.each([
    ['The test certificate for the first phase, paid in full in May, will not be issued until the second invoice is settled.', 'coercion'],
    ['No warranty visits will be booked for you until the service arrears are squared away.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Your order will ship once the account is brought up to date.',
    'The completion certificate will be issued when the final account is agreed.',
  ])('fair: %s', clean);
});

describe('128. a register of debtors the customer is said to be on; a judgment said to follow within days with no claim heard; the court’s own desk or date invoked; costs deemed accepted; others asked whether they know; reluctance feigned over a public post', () => {
  it.each([
    ['Your company has been placed on the Trade Defaulters List.', 'misleading'],
    ['A CCJ will be registered against you in 10 days.', 'misleading'],
    ['Ring the court liaison office today, quoting your case reference.', 'false-authority'],
    ['Your hearing is being scheduled as we speak.', 'false-authority'],
    ['You will be deemed to have accepted the interest if you do not reply by Friday.', 'misleading'],
    ['Do your neighbours know you never pay your suppliers?', 'publicity'],
    ['I’d hate to have to write a review about how your firm treats suppliers.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'The judgment was entered on the Register of Judgments, Orders and Fines on 3 May.',
    'If you do not respond within 14 days of service, judgment may be entered.',
    'We’d rather not post the parts by courier, so please collect them.',
    'Do your customers know about our new delivery slots?',
  ])('fair: %s', clean);
});

describe('129. the Crown’s or a court’s name for a collections body or officer that does not exist', () => {
  it.each([
    ['Your file has been passed to the Crown Debt Recovery Office.', 'false-authority'],
    ['A hearing at the Arrears Tribunal will be set if you do not pay.', 'false-authority'],
    ['Signed, R. Vance, Chief Collections Marshal', 'false-authority'],
    ['This is Dee, a police-approved collections officer.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'You can make a claim in the small claims court.',
    'The Disputes Tribunal hearing is on 3 May.',
    'The state-licensed collection agency we use is Acme Recoveries.',
    'Our debt collection agency, Acme Recoveries, will write to you.',
  ])('fair: %s', clean);
});

describe('130. an appointment a court made, stated with the appointee between', () => {
  it.each([['Payment of the balance is demanded of your company by order of the court.', 'false-authority']])('flagged: %s', flags);

  it.each(['We acknowledge your appointment as interim examiner of Quigley Structures Ltd by order of the High Court dated 5 November.'])('fair: %s', clean);
});

describe('131. a court’s instrument as the letter’s own title, against the customer’s property', () => {
  it.each([['WRIT OF EXECUTION AGAINST YOUR PROPERTY\n\nPay the sum below within three days.', 'false-authority']])('flagged: %s', flags);

  it.each(['If the judgment stays unpaid, we may ask the court for a warrant of control against your goods.'])('fair: %s', clean);
});

describe('132. contempt that is no one’s trait: a thing, an old system, named as useless (“being” matches only itself, not “was”)', () => {
  it.each([
    ['They must be drowning in paperwork, being that disorganised.', 'abuse'],
    ['Your bookkeeper is useless.', 'abuse'],
  ])('flagged: %s', flags);

  it.each(['To be fair to everyone, the old ordering app was useless, which is why we replaced it in June.', 'The last courier firm we used was hopeless, so your parcels now go by Parcelwise.'])('fair: %s', clean);
});

describe('133. a masked word the letter quotes as someone else’s; an address’s first half before “@”', () => {
  it.each([
    ['Honestly, what the f--- is your accounts team doing?', 'profanity'],
    ['Pay up, you b*stards.', 'profanity'],
  ])('flagged: %s', flags);

  it.each([
    'Call note: she told me they were "a bunch of f***ing sharks" and hung up. No further call today.',
    'I have written to ar@ and to the general inbox; could you forward it to the right person?',
  ])('fair: %s', clean);
});

describe('134. a name in a title line whose words the tagger reads as verbs', () => {
  it.each([['Dear Ms Park,\n\nYOUR COMPANY HAS IGNORED EVERY LETTER WE SENT\n\nPlease call me.', 'shouting']])('flagged: %s', flags);

  it.each([
    'Dear Directors,\n\nSTATUTORY DEMAND – NORTHSIDE PIVOT FARMING LIMITED\n\nWe act for Northside Pivot Farming Limited.',
    'Dear Sirs,\n\nBAYVIEW AUTO PAINT CENTRE (PTY) LTD v COASTAL FLEET HIRE (PTY) LTD\n\nJudgment was granted on 3 March.',
    'Dear Mr Rao,\n\nINVOICE 5521 – ROOF REPAIRS, MILL LODGE\n\nThank you for the order.',
    'Dear Mr Rao,\n\nQUOTE 3310 – SOLAR INSTALLATION, RIVER LODGE\n\nThank you.',
  ])('fair: %s', clean);
});

describe('135. exclamation marks after thanks, congratulations or a welcome are warmth; thanks turned into a jibe is contempt', () => {
  it.each([
    ['We have waited long enough!!! Settle it today.', 'shouting'],
    ['Thanks for nothing. We will see you in court.', 'abuse'],
    ['Cheers a lot for nothing, as ever.', 'abuse'],
  ])('flagged: %s', flags);

  it.each(['Welcome aboard!! Your first invoice is attached and is due on 30 June.', 'Many thanks!!! The plan is now complete and your account is up to date.'])('fair: %s', clean);
});

describe('136. a message that is all block quote is the writer’s own; a block quote beside words of the writer’s own is someone else’s', () => {
  it.each([
    ['> Settle this today or you will regret it, you clown.', 'abuse'],
    ['>> Settle this today or you will regret it.\n>>\n>> Our people know where your depot is.', 'threats'],
  ])('flagged: %s', flags);

  it.each(['Thank you for forwarding the voicemail. It said:\n\n> Settle this today or you will regret it, you clown.\n\nWe apologise; the caller no longer works for us.'])('fair: %s', clean);
});

describe('137. a subject denied through a negated one before its preposition (“no one from our firm”); “warrant” as a verb is a guarantee; a summons the creditor will issue starts a claim', () => {
  it.each([
    ['Someone from our firm will call at your home and speak to your wife.', 'threats'],
    ['A warrant is attached: pay within 48 hours.', 'false-authority'],
    ['A summons has now been served on your company.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'No one from our company will visit your home.',
    'We warrant the pumps against defects for 24 months from delivery.',
    'If the balance is still unpaid on 30 April, we will issue a summons against your company in the Magistrates’ Court.',
  ])('fair: %s', clean);
});

describe('138. what the writer says they said to the customer is the writer’s own wording, in quotation marks or not', () => {
  it.each([
    ['Call note: I told her "settle it this week or you will regret it", then ended the call.', 'coercion'],
    ['Spoke to the director. We said "every supplier in the county will hear that you do not pay" and rang off.', 'publicity'],
  ])('flagged: %s', flags);

  it.each(['Call note: she told me "you people are parasites" and ended the call. I said I would email the statement.'])('fair: %s', clean);
});

describe('139. what others will hear of the customer made to hang on the sender’s word or on the payment', () => {
  it.each([
    ['Your next order from our sister company? That will depend on what I tell them.', 'coercion'],
    ['What my reference for your tender says will depend on how quickly the balance is paid.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Our next step depends on what we hear from you by Friday.',
    'The credit limit we can offer depends on your payment history with us.',
    'What we can agree depends on what you tell us about your cash flow.',
  ])('fair: %s', clean);
});

describe('140. a statutory notice that names the statute it is given under; the harm threatened said to be done already', () => {
  it.each([
    ['STATUTORY NOTICE: settle within 7 days or further steps follow.', 'false-authority'],
    ['Your company’s credit rating has now been ruined, and only full payment will repair it.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Statutory notice: under the Late Payment of Commercial Debts (Interest) Act 1998 we are adding interest at 8% over base rate from 3 May.',
    'Your credit rating has been updated by the agency since your payment cleared.',
  ])('fair: %s', clean);
});

describe('141. quotations listed as options on lines of their own (“A) “…””) name wording, however full their line; a quotation after “saying” is reported', () => {
  it.each([['A) Pay today.\nB) We will be letting your suppliers know you do not pay your invoices.', 'publicity']])('flagged: %s', flags);

  it.each([
    'Quiz: which line may a collector use?\nA) "We will be letting your suppliers know you do not pay your invoices."\nB) "If it is not paid by 12 May, we will refer the account to our agency."',
    'Your rep left a message saying our office manager had answered and that "your suppliers will all hear about this".',
  ])('fair: %s', clean);
});

describe('142. words whose stems collide with a third party’s (“financial” and “financiers”); a trade term the profanity list holds (“reefer”)', () => {
  it.each([['Expect a call to your financiers about this debt on Monday.', 'publicity']])('flagged: %s', flags);

  it.each([
    'I have copied this letter to Mr Osei, your Chief Financial Officer, at his request.',
    'Invoice 7710 covers reefer haulage from Felixstowe on 3 and 4 May.',
  ])('fair: %s', clean);
});

describe('143. a hardship dismissed as none of the sender’s worry, or met with “a business, not a charity”', () => {
  it.each([
    ['Your mother’s care home fees are not our headache; pay by Friday.', 'coercion'],
    ['This is a business, not a charity, so spare us the hardship story.', 'coercion'],
  ])('flagged: %s', flags);

  it.each(['Billing queries are not my department; I have passed your email to Priya in accounts.', 'We are a registered charity, not a business, so we do not charge interest on late payments.'])('fair: %s', clean);
});

describe('144. a parenthesis set off by commas right after “whether” or “if” is inside its clause, which goes on after it', () => {
  it.each([
    ['If, as a director, you fail to pay, you are personally liable under the Companies Act.', 'misleading'],
    ['If, by Monday, the balance is still unpaid, our lads will come round to your yard.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'On the phone you asked whether, as a shareholder, you could be made personally liable for the company’s invoices. You cannot.',
    'You asked whether, in that case, we would write to your bank about the arrears.',
  ])('fair: %s', clean);
});

describe('145. proceedings said to have begun, after a judgment or court order the letter states; a modal going on supposing the condition of the sentence before', () => {
  it.each([
    ['A claim has been issued against your company and a hearing has been listed.', 'false-authority'],
    ['Proceedings have been issued against you. A judgment would be recorded against you.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'Judgment was entered against your company on 4 May for £8,120 (claim K2QX118P), and a writ of control has since been issued to the High Court Enforcement Officers.',
    'The District Judge has made an interim charging order over the unit. A hearing has been listed for 9 June to decide whether to make it final.',
    'If the claim is not defended by 2 June, we can ask the court for judgment in default. That judgment would then be entered on the register.',
  ])('fair: %s', clean);
});

describe('146. what the customer’s own people said, feared or were told is theirs, not the sender’s telling; good wishes sent to a family', () => {
  it.each([['We will phone your customers about the arrears, whatever your bookkeeper says.', 'publicity']])('flagged: %s', flags);

  it.each([
    'Your bookkeeper was worried we might phone your customers, so here is how we work: we deal only with your accounts team.',
    'Your site manager mentioned that your bank has been helpful about the overdraft.',
    'We send our best wishes to your father and the whole family.',
  ])('fair: %s', clean);
});

describe('147. “charge orders” bought on account are not the court’s charging orders; a charge the customer may grant is security, not seizure', () => {
  it.each([['We will put a charge on your warehouse next week.', 'threats']])('flagged: %s', flags);

  it.each([
    'Charge orders placed on your trade account before 1 March keep their 30-day terms.',
    'The demand gives your company 21 days to pay, or to grant a charge over its property to secure the debt.',
  ])('fair: %s', clean);
});

describe('148. in a draft, the lines a dialogue gives to the customer (“Customer: …”, “Them: …”, beside our side’s “Agent:” or “Me:”) are the customer’s words; a statement’s “Customer:” heading quotes no one; in a template every line reaches the customer', () => {
  it.each([['Web chat\nCustomer: Can we have more time?\nAgent: No. Pay today or we will tell every supplier in town you rip people off.', 'publicity']])('flagged: %s', flags);

  it.each([
    'Web chat\nCustomer: You lot are a bunch of crooks and I will tell every supplier in town you rip people off.\nAgent: I understand you are upset. The balance is £860; would a plan over three months help?',
    'Me: when can you pay\nThem: never, you vultures, I will burn your depot down\nMe: Noted. I will email the statement and the plan options.',
    'Call note, 3 March\nClient (Ms Odum, Odum Interiors): Ring me once more and I will post about you lot on Facebook.\nMe: Understood. We will email only from now on; the statement went at 14:05.',
    'STATEMENT OF ACCOUNT — 31 AUGUST\nCustomer: Harwood Leisure Ltd (acc. HL-0091)\nInvoice 11021 — £1,240.00 — 30 days past due',
  ])('fair: %s', clean);

  it('a template’s “Customer:” line is still its own wording', () => {
    expect(rules(template('Customer: we will tell every supplier in town you rip people off.').errors)).toContain('publicity');
  });
});

describe('149. the customer’s own things demanded as security; borrowing “off” a relative; “beg, borrow or sell”', () => {
  it.each([
    ['Hand over the keys to your Land Cruiser as security by Wednesday, or the deal is off.', 'coercion'],
    ['Borrow it off your brother if you have to; we want the lot tomorrow.', 'coercion'],
    ['Beg, borrow or sell the van, I do not care which.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'You offered your excavator as security for the instalment plan; our solicitor will send the agreement for you to review with your own adviser.',
    'We borrowed a pallet jack off your warehouse team on Monday and returned it the same day.',
  ])('fair: %s', clean);
});

describe('150. a rate by the week stated with “is”; a balance that multiplies, in the present; a yearly rate said to be an act’s, named with its year', () => {
  it.each([
    ['Interest on this account is 4% a week, as the law allows.', 'misleading'],
    ['From the 1st the balance trebles under our collection policy.', 'misleading'],
    ['Under the Commercial Debts Act 2009, interest at 30% per annum applies to all late invoices.', 'misleading'],
  ])('flagged: %s', flags);

  it.each(['This invoice doubles as your delivery note, so please keep it with the goods.', 'Under the Late Payment of Commercial Debts (Interest) Act 1998, interest is 8% a year above the base rate.'])('fair: %s', clean);
});

describe('151. skills anyone in business has, doubted in a sneer; the reader set below children by a faculty compared', () => {
  it.each([
    ['Please pass this to anyone in your office who knows how to read.', 'abuse'],
    ['Have you mastered how to answer the phone yet, or shall I keep writing?', 'abuse'],
    ['A grown woman running a business, and she still can’t open a letter.', 'abuse'],
    ['My nephew’s goldfish has a sharper head for figures than your accounts team.', 'abuse'],
    ['It is like arguing with a classroom of toddlers.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Could someone in your team who can approve payments call me on 0161 496 0321?',
    'We need someone at your end who can read the remittance file we send, or the payments will not match.',
    'Our trainee has learned how to use the new billing system, so your statements will now arrive on the 1st.',
    'Your order of children’s books sold better than your buyer expected, so we have attached a repeat-order form.',
  ])('fair: %s', clean);
});

describe('152. contact the customer asked for, in any person (one lexicon group, customer-request, for every frequency rule); a schedule by days or weeks is no daily contact', () => {
  it.each([
    ['We will phone you every morning until the invoice is paid, whatever time suits you.', 'frequency'],
    ['We will call you this Sunday whether it suits you or not.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Called Mrs Pillay at 9:45pm as she asked on Friday; she is on the night shift.',
    'Since Saturday morning is the only time you are at the yard, I will ring you this Saturday at 10.',
    'Until the plan ends we will email a statement every 30 days, and nothing else.',
  ])('fair: %s', clean);
});

describe('153. fraud by someone passing themselves off as the sender, named in a warning, is theirs, not the customer’s', () => {
  it.each([['You have kept our goods for three months and not paid. That is fraud.', 'threats']])('flagged: %s', flags);

  it.each([
    'Fraudsters have been sending emails pretending to be from our credit team, with “new” bank details. This is fraud: our details have not changed.',
    'The police are treating the fake orders as a fraud on us, not on your business.',
  ])('fair: %s', clean);
});

describe('154. regret for one’s own words (“I should not have said that …”) takes back what it reports', () => {
  it.each([['I said I would phone you every evening until it was paid, and I meant it.', 'frequency']])('flagged: %s', flags);

  it.each(['I should not have texted that I would phone you every evening until it was paid. I am sorry.'])('fair: %s', clean);
});

describe('155. a review’s kinds: “no choice but to” is one clause; a rate compounded daily, the rate first; a visit left to the customer’s convenience; a long statutory title; a third party as a time clause’s subject', () => {
  it.each([
    ['We would have no choice but to let your trade customers know what sort of payer you are.', 'publicity'],
    ['A surcharge of 30% a month, compounded daily, now applies to the overdue balance.', 'misleading'],
    ['We will phone your landlord before your staff arrive on Monday.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'If convenient, our driver can visit your office on Friday to collect the cheque; please tell us a suitable time.',
    'LETTER OF DEMAND IN TERMS OF SECTION 345 OF THE COMPANIES ACT 61 OF 1973 – OKAVANGO TIMBER MERCHANTS (PTY) LTD\n\nDear Sirs,\n\nInvoice 44 for R18,400 was due on 3 May.',
    'As you asked, I will ring you at 6am on Friday, before your crew heads off to the site.',
  ])('fair: %s', clean);
});

describe('156. a rate read with its per cent sign (“25%” reads “25 percent”): 10% or more a month, 2% a week or 1% a day is no fair charge; money by the month is no rate', () => {
  it.each([
    ['From Monday a late charge of 15% per month will apply to the balance.', 'misleading'],
    ['We now add 4 per cent a week to every overdue invoice.', 'misleading'],
  ])('flagged: %s', flags);

  it.each(['Under clause 7 of your signed terms, interest runs at 2% per month on overdue sums.', 'Our storage fee is £15 per week for each pallet held.'])('fair: %s', clean);
});

describe('157. a debt from before the customer’s insolvency collected as usual, in a letter that states the insolvency has begun (onlyWhenStated: insolvency-event)', () => {
  it.each([
    ['We have had the administrators’ letter about Oakmere Interiors Ltd. The moratorium does not cover suppliers, so invoice 5120 must still be paid to us by Friday.', 'misleading'],
    ['Thank you for the monitor’s notice of your filing. It does not change the position: we will keep chasing the balance as usual.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'We have had the administrators’ letter about Oakmere Interiors Ltd. We will lodge our claim for invoice 5120 with them; please do not pay us directly.',
    'Invoice 5120 remains payable in the usual way by 30 June.',
  ])('fair: %s', clean);
});

describe('158. the customer’s right to dispute said to be lost by time, by a part payment or by the sender’s say-so', () => {
  it.each([
    ['Paying anything towards invoice 881 removes your right to query the rest of it.', 'misleading'],
    ['Your query about the missing cartons can no longer be considered.', 'misleading'],
    ['The dispute period has expired, so the full £2,140 is now payable.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'We have checked the signed delivery note and cannot accept the claim for missing cartons; if you disagree, clause 14 sets out how to refer it to mediation.',
    'Our portal’s dispute form closes 30 days after the invoice date, but you can still email us about any invoice after that.',
  ])('fair: %s', clean);
});

describe('159. a plan, a release or a hearing offered in exchange for a claim, complaint or legal action given up (right-given-up + concession)', () => {
  it.each([
    ['Happy to spread the £3,900 over four months, as long as you first take down the one-star review you left us.', 'coercion'],
    ['Your pallets will be released once you confirm in writing that Dunmore Retail will never bring a claim over the late delivery.', 'coercion'],
    ['Only if you admit liability for the scratched panels will we look at your complaint about the fitting.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Agreeing this plan leaves your complaint about the scratched panels exactly where it is; you need not withdraw it.',
    'We will not make any payment plan depend on you dropping your complaint to the trade association.',
    'If you decide to withdraw your complaint, please also let the trade association know.',
  ])('fair: %s', clean);
});

describe('160. a negated subject ("nobody", "no one", "none of us") denies every verb of its predicate, the ones after "or" too', () => {
  it.each([
    'Nobody at our end will phone or visit your customers about the March invoices.',
    'None of us is going to write or post anything about your firm on social media.',
  ])('fair: %s', clean);

  it.each([
    ['Nobody pays us late twice, or we tell your customers about it.', 'publicity'],
    ['If nobody answers, we will ring or visit your site every day.', 'frequency'],
  ])('flagged: %s', flags);
});

describe('161. what the letter says the customer owns or has paid for, held until another debt is paid (holding + until-paid, onlyWhenStated customers-own)', () => {
  it.each([
    ['Your excavator is fixed and you paid for the repair, but it is not leaving our yard till the 2023 invoice is paid too.', 'coercion'],
    ['We will not be dispatching the PO 4471 cartons you have already paid for until the July invoice is cleared in full.', 'coercion'],
    ['The compressor is still inside the 24-month warranty. But we won’t be sending a tech out on any warranty job for you until the arrears are squared away.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'We will hold further deliveries until the overdue invoices are cleared.',
    'Goods you have already paid for will be delivered as normal; we are holding new orders until the overdue balance is cleared.',
    'Everything you have paid for will ship on schedule. We will keep your account on stop until invoice 881 is paid.',
    'Because you own the equipment outright, we will not hold it under any circumstances, even while the invoice is unpaid.',
    'We will retain the title to the goods until they are paid for in full.',
  ])('fair: %s', clean);
});

describe('162. a shame wished on the customer’s things, or their safety put in doubt, whatever the mishap named', () => {
  it.each([
    ['It would be a terrible pity if your delivery vans stopped starting in the mornings. Invoice 2210 is still open.', 'threats'],
    ['Shame if those greenhouses of yours lost a few panes over the winter, eh. Still waiting on the £2,300.', 'threats'],
    ['Until the balance is cleared, you might notice your yard is not as secure as it used to be.', 'threats'],
    ['I can’t promise what condition the trailers will be in by the time you collect them.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'It would be a shame if your stock ran low before Christmas because deliveries were paused.',
    'Our security patrols check that your shutters are secure every night.',
    'We noticed the gate to your yard was not secure when our driver left; please check it.',
    'It would be a pity if your account had to go on stop over such a small amount.',
  ])('fair: %s', clean);
});

describe('163. the customer or the debt put up where the public or the trade reads it (a verb of putting up + a public channel + the customer, in one clause, any order)', () => {
  it.each([
    ['Unless it is paid by Monday, I am putting this up on the Hillcrest Residents noticeboard with a copy of the invoice.', 'publicity'],
    ['Your company goes up in the local trades group on Friday, invoice and all.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Our newsletter goes out on the first of each month; you can unsubscribe at any time.',
    'We were delighted to feature your new showroom in our newsletter last spring.',
    'Thanks for tagging us in your Instagram post about the new kitchen.',
  ])('fair: %s', clean);
});

describe('164. named wording listed without list syntax: an item opened by a mark (✗, •), quotations joined by a slash, and a verb of naming someone something', () => {
  it.each([
    'Examples we have seen from other firms (do not copy):\n\n✗ “Pay up or we’ll send the boys round.”\n✗ “We will ring you every hour until you pay.”',
    'Never say on a call:\n\n- “You could go to prison” / “this is theft” / “we’ll get the police involved”',
    'Our policy forbids calling a customer a “scrounger”, a “parasite” or a “liar”, in writing or aloud.',
  ])('fair: %s', clean);

  it.each([
    ['Your “dispute” changes nothing. Our team will “pay you a visit”.', 'threats'],
    ['Pay up by Friday / or we “pop round” to your yard with a few of the lads.', 'threats'],
  ])('flagged: %s', flags);
});

describe('165. the customer called something with an intensifier of contempt, whatever the noun; sarcastic praise for the lateness itself', () => {
  it.each([
    ['Honestly, Dean, you are an utter shambles of a man.', 'abuse'],
    ['You’re a proper clot, you know that?', 'abuse'],
    ['Well done on hitting 120 days overdue, that takes real effort.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'You’re an absolute star, thank you for sorting the remittance.',
    'You are a real pleasure to deal with, and so is your accounts team.',
    'Congratulations on clearing the overdue balance so quickly, and thank you.',
    'Congratulations on the new unit! Invoice 445 is now 12 days overdue.',
  ])('fair: %s', clean);
});

describe('166. a legal consequence said to follow by itself (automatic + what only a court, registrar or insolvency officer can do, in one clause, any order)', () => {
  it.each([
    ['Once an invoice passes 90 days the company is automatically wound up, so please act now.', 'misleading'],
    ['Unpaid trade debts go on the director’s police check automatically after 60 days.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Statutory interest is added automatically at 8% above the base rate.',
    'A county court judgment is automatically removed from the register after six years.',
    'In compliance with the automatic stay, we have stopped all collection activity on your bankruptcy case.',
    'Your direct debit will be cancelled automatically once the plan is complete.',
  ])('fair: %s', clean);
});

describe('167. the whole sum demanded with every smaller or later alternative struck out', () => {
  it.each([
    ['The whole £2,480 by Thursday, not a penny less.', 'coercion'],
    ['Full balance this afternoon. Not half, not Monday.', 'coercion'],
    ['Everything owed in one go or nothing, that is our position.', 'coercion'],
    ['Instalments won’t do, I need it all today.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Please pay in full if you can; if not, half now and half next month is fine.',
    'You can pay the full amount or in instalments, whichever suits.',
    'We received half of the payment; the other half is due on Friday.',
    'Partial payments can be made through the portal.',
  ])('fair: %s', clean);
});

describe('168. contact set for two or more times of day, day after day, or promised again within minutes and again after that', () => {
  it.each([
    ['You will hear from us by text at 8am and again at 6pm every day until the account is clear.', 'frequency'],
    ['I’ll ring again in ten minutes, and then again after that.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'You can call us between 9am and 5pm every weekday.',
    'Our phone lines are open 8am to 6pm every day.',
    'I’ll call you back in an hour with the figures, and then send the statement.',
    'We send statements at 9am on the first of each month.',
  ])('fair: %s', clean);
});

describe('169. found by a new user trying §161–168: warranty work and owned things held, consent said before the post, marks between quoted items', () => {
  it.each([
    ['The guarantee repair on your walk-in freezer is on hold until the older service invoices are settled.', 'coercion'],
    ['The survey files that belong to your practice will be returned once invoice 5512 is cleared.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'With your permission, we would like to share the photos of the finished shopfront on our Instagram page.',
    'Phrases we never use: ✗ “pay up or else” ✗ “last warning” ✗ “deadbeat”.',
    'Your warranty claim has been approved; we will send the replacement part once it arrives from the manufacturer.',
  ])('fair: %s', clean);
});

describe('170. the customer’s dispute or complaint dismissed out of hand, whatever it says', () => {
  it.each([
    ['Your dispute changes nothing.', 'misleading'],
    ['Your complaint about the short delivery makes no difference to what you owe us.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'We have noted your query about the readings; it does not change the due date of the undisputed part.',
    'Your query about invoice 12 does not change anything on the other invoices, which are undisputed.',
    'Don’t worry, the complaint makes no difference to your credit terms with us.',
  ])('fair: %s', clean);
});

describe('171. the customer’s data, files or goods destroyed unless paid, and a cut-off set for the same day', () => {
  it.each([
    ['If the balance is not settled by noon, your project files and the backups will be deleted for good.', 'threats'],
    ['Your phone lines will be cut off this afternoon unless the arrears are cleared.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We will suspend your service on 14 March if the invoice is still unpaid, as clause 9 allows.',
    'Your service was suspended today and will stay suspended until payment is received.',
    'Under data protection law we delete your records six years after the account closes, whether or not it is paid.',
    'Once the invoice is paid, we will delete the card details you gave us.',
  ])('fair: %s', clean);
});

describe('172. the sender taking the customer’s things itself: in kind, coming for them, not leaving without them, next on its list', () => {
  it.each([
    ['No money by Friday and we’ll take what you owe in stock, whatever is on the shelves.', 'threats'],
    ['The lads are coming for your forklift on Saturday if the account is still open.', 'threats'],
    ['Our team will stay on site and will not leave without the cheque or your diggers.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We are happy to take part of the payment in kind, as credit against your next order, if that helps.',
    'We will come for the equipment service on Tuesday.',
    'Your van is next in line for its MOT at our garage.',
    'Our driver won’t leave without a signature for the delivered machines.',
    'Under the retention of title clause, we may collect the unpaid goods from your premises after giving you seven days’ written notice.',
  ])('fair: %s', clean);
});

describe('173. the press’s appetite for the customer’s kind of conduct, held up (a story about businesses that do not pay)', () => {
  it.each([
    ['The Western Courier is always after a story about firms that don’t pay their hauliers.', 'publicity'],
    ['My cousin on the radio loves a yarn about local outfits ripping off their suppliers.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'The paper ran a story about late payment in the construction industry last week; it is worth a read.',
  ])('fair: %s', clean);
});

describe('174. contact that will not stop: kept up until the customer answers, on loop, through evenings and weekends until paid', () => {
  it.each([
    ['I’ll keep messaging on every number you have until someone answers.', 'frequency'],
    ['Expect to hear from us at night and on Sundays as well, until the invoice is cleared.', 'frequency'],
    ['We never get tired, Lorna. Neither does the phone.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'We will keep the account under review until we hear back from you.',
    'Our helpline takes calls in the evenings and at weekends until the end of December.',
    'We’ll keep chasing the courier until the parcel turns up.',
    'Keep trying the portal until it lets you in, or call us.',
  ])('fair: %s', clean);
});

describe('175. the customer’s spending held up as paid with the sender’s money', () => {
  it.each([
    ['Lovely new boat, Gary. Good to know where our 6,400 ended up.', 'abuse'],
    ['That extension must have been funded out of other people’s money, going by our ledger.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'We would like to know where our payment of 3 March went; it has not reached your account.',
    'We would like to know where our remittance advice went; it never reached your AP inbox.',
    'The new warehouse was funded by our bank, not by customers.',
  ])('fair: %s', clean);
});

describe('176. a request to stop contact refused or ignored', () => {
  it.each([
    ['Their office manager asked us to stop ringing the landline, and we said no.', 'frequency'],
    ['He begged us to leave him alone this week but we kept calling.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'You asked us to stop calling your mobile, so we will write instead.',
    'You asked us to email only; we have updated our records accordingly.',
  ])('fair: %s', clean);
});

describe('177. the court’s officers acting after a stated judgment: an antipattern frame leaves them to the enforcement group', () => {
  it.each([
    ['A court officer will be at your shop on Tuesday to attach the tills and the stock unless you pay.', 'threats'],
    ['The county sheriff will attend your premises on Monday to take control of your stock unless the balance is cleared.', 'threats'],
    ['Judgment was entered on 3 May. Our own team will come to your premises and take the vans.', 'threats'],
    ['Judgment was entered on 3 May, and our drivers will seize your vans tomorrow.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Judgment was entered against your company on 3 May. As it remains unpaid, the court’s enforcement officer may attend your premises and take control of goods to the value of the judgment.',
    'Judgment was granted on 9 June for £4,210. The sheriff’s officers may then seize and sell the company’s equipment, after notice.',
    'Decree was granted against you on 2 April; the sheriff officers may now attend to list goods at your shop.',
    'Judgment was entered on 12 May. An enforcement agent holding the writ can take control of goods belonging to the company and, after notice, may remove them and sell them at auction.',
    'If judgment is entered and not paid, the only people who can take control of goods are court-authorised enforcement officers.',
  ])('fair: %s', clean);
});

describe('178. a message’s wording given after its noun (“letters with …”, “a text saying …”): named wording, unless the writer sends it', () => {
  it.each([
    ['We’ll send a text saying “bailiffs are on the way” if nothing arrives today.', 'threats'],
    ['I sent him a text saying “pay up or you’ll regret it”.', 'coercion'],
    ['This letter is your “final warning”.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'House style: we never sign off emails with “or else” or “you have been warned”.',
    'Please don’t end letters with “last warning” or “or else”.',
    'The agency left a voicemail saying “pay today or we send people round”, which we never authorised.',
  ])('fair: %s', clean);
});

describe('179. a signature giving up the dispute demanded, in any order within one clause', () => {
  it.each([
    ['We must have your signature on the attached letter confirming the pumps were free of defects before the second pallet leaves.', 'coercion'],
    ['Your part payment can only be accepted with a signed note from you admitting the disputed hours in full.', 'coercion'],
    ['The engineer needs your signature on a statement that you have no complaint about the install before he starts the second fix.', 'coercion'],
    ['We require a signed letter acknowledging the balance is not in dispute.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Please sign and return the delivery note so we can release the second pallet.',
    'If you agree the plan, please sign the attached schedule; signing it does not waive your right to dispute invoice 44.',
    'Please sign the acknowledgement of debt before the first instalment, as agreed on the call.',
    'Your signature on the credit application confirms you have read our terms.',
  ])('fair: %s', clean);
});

describe('180. time or a release offered for a complaint withdrawn, put as a supposition (“should you …”, “were you to …”), or refused as its alternative', () => {
  it.each([
    ['Were you to take down the review, we could extend your terms to sixty days.', 'coercion'],
    ['If your company drops the chargeback, I’ll look at spreading the balance over three months.', 'coercion'],
    ['Withdraw the claim with the ombudsman, or we won’t release the remaining stock.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'If you withdraw the complaint, we will close the case on our side.',
    'If you would like to withdraw your dispute, please reply to this email and we will update the account.',
    'Should you wish to raise a complaint, we will extend the due date while it is looked at.',
  ])('fair: %s', clean);
});

describe('181. the complaint as “it”: a benefit held until it is withdrawn, in a letter that names the complaint', () => {
  it.each([
    ['Thanks for explaining your complaint about the late pallets. We will hold the April credit until you withdraw it.', 'coercion'],
    ['Your review on Trustpilot is still up. Take it down and we’ll talk about the balance.', 'coercion'],
    ['On your complaint that the flooring was laid unevenly: retract it and settle invoice 77 in full, or we will void the guarantee on the kitchen as well.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'We have logged your complaint about the late pallets. If you later decide to withdraw it, just reply to this email.',
    'Your dispute is with the courier, not with us; please withdraw it with them and we will help with the evidence.',
    'Please pay invoice 2231 by Friday. If the card payment fails, try it again or call us.',
    'We have your complaint on file. Take down the old delivery address and we’ll update the account.',
  ])('fair: %s', clean);
});

describe('182. any arrangement refused absolutely: under any circumstances, for anyone, proposals left unanswered', () => {
  it.each([
    ['Extensions are not granted to anyone, for any reason.', 'coercion'],
    ['Under no circumstances will we consider a payment plan on this account.', 'coercion'],
    ['Your proposal to pay monthly will not receive a reply.', 'coercion'],
    ['Staff must not offer alternatives to full payment under any circumstances.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Under no circumstances will we charge a fee for setting up a payment plan.',
    'We cannot offer a plan on this account, but we can agree a new due date of 30 June.',
    'Please do not send cash in the post under any circumstances.',
    'If your proposal arrives after the 20th, it will not receive a reply until the new month starts.',
    'No more extensions were needed after March; thank you for catching up.',
  ])('fair: %s', clean);
});

describe('183. the customer on a list or agenda shown to the trade, in a letter that names the meeting, newsletter or ranking', () => {
  it.each([
    ['We are drawing up the overdue list for next month’s association meeting, and your company is at the top of it.', 'publicity'],
    ['Our newsletter goes to 900 builders in the county. There is still time to be left out of the late payers section.', 'publicity'],
    ['The distributors’ meeting is on the 14th, and your name is going to come up when we go round the table.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Thank you for joining the association. Your firm is now on the list of approved installers.',
    'Our newsletter goes out on Friday; your company is included in the list of new stockists, as you asked.',
    'We have added your invoices to the agenda for our monthly credit meeting, which is internal.',
    'The members’ meeting is on the 14th. Your account is on the list for a statement, as usual.',
  ])('fair: %s', clean);
});

describe('184. a credit mark said to last for life, or every bank said to act on it', () => {
  it.each([
    ['Once this goes to the bureau, the black mark will follow your business for the rest of your life.', 'misleading'],
    ['Your company has been permanently flagged as a defaulter with the credit agencies.', 'misleading'],
    ['After we hand this over, every bank in the country will refuse you an account.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'A County Court Judgment stays on the public register for six years unless it is paid within a month.',
    'We keep a permanent record of our calls for training purposes.',
    'Every bank we have spoken to has been helpful about the new payee checks.',
    'Payments by card are processed by all the major banks within two working days.',
  ])('fair: %s', clean);
});

describe('185. someone else asked for because the reader is not up to it, and two insults offered as the only choices', () => {
  it.each([
    ['Get somebody cleverer to sort out your remittances.', 'abuse'],
    ['Your clerk is either thick or lying to us.', 'abuse'],
    ['Maybe hire a grown-up who can add up before the next order.', 'abuse'],
    ['These questions are best left to a man who understands money.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Could you pass this to someone more senior who can approve the payment?',
    'We have hired someone competent in French to handle your account from now on.',
    'Please find someone in your office who can approve the credit note.',
    'Either way, or both: you can pay by card or by transfer.',
  ])('fair: %s', clean);
});

describe('186. contact counted on past a dozen: “a thirteenth in ten minutes, and a fourteenth after that”', () => {
  it.each([
    ['That was call number eleven. The twelfth comes in twenty minutes, and a thirteenth after that.', 'frequency'],
    ['Text nine sent. Expect a tenth, an eleventh and a twelfth before lunch.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Please pay by the 10th, 11th or 12th of the month, whichever suits your payment run.',
    'The tenth and eleventh invoices on the statement are the ones still open.',
    'Your sixth instalment is due on 1 May and the seventh on 1 June.',
  ])('fair: %s', clean);
});

describe('187. contact at every break of the customer’s day, in any order within one clause', () => {
  it.each([
    ['Our rep will call in each lunchtime and each knock-off this week until we see the money.', 'frequency'],
    ['Each forenoon and each afternoon our clerk will present himself at your counting house.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Our drivers deliver to your depot every morning and every afternoon, as booked.',
    'You can call us every morning or every afternoon between nine and five.',
    'The café is open every morning and every evening, and our van visits on Tuesdays.',
  ])('fair: %s', clean);
});

describe('188. others held back by the sender, for now', () => {
  it.each([
    ['The boys from the depot keep asking about you. I won’t be able to keep them away much longer.', 'threats'],
    ['I’ve told the lads to leave it till the end of the month.', 'threats'],
    ['I can’t be everywhere, so I can’t promise to keep them calm after Friday.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We can’t hold back the delivery any longer: the lorry leaves at six.',
    'I’ve asked them to hold off sending the reminder until your credit note is issued.',
    'I can’t be everywhere at once, so please email the remittance rather than call.',
  ])('fair: %s', clean);
});

describe('189. what others will hear of the customer where people meet, hung on the payment', () => {
  it.each([
    ['I’m at the growers’ dinner on Friday with half your suppliers. It’d be nice to have only good things to say about you.', 'publicity'],
    ['Golf with your bank manager on Sunday. Can’t promise your account won’t come up.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'I’m having lunch with our finance director tomorrow and would love some good news to tell her about the plan.',
    'Thanks for the lovely lunch last week. Nice to have good news to share with the team: your account is up to date.',
    'See you at the expo on Tuesday. I promise the invoice won’t come up; we’ll talk about the new range.',
  ])('fair: %s', clean);
});

describe('190. the next letter sent home for the customer’s spouse', () => {
  it.each([
    ['Since the office never answers, the next reminder goes to your home address, addressed to your wife.', 'publicity'],
    ['We will write to Mrs Okafor at your home address, enclosing the unpaid invoices.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'As you asked, we will send the statement to your home address rather than the shop.',
    'Please let us know if Mrs Patel should now receive the statements, as she has taken over the books.',
    'Our letters go to your home address for the attention of the company secretary, as registered.',
  ])('fair: %s', clean);
});

describe('191. others learning of the debt, wished on the customer as a shame', () => {
  it.each([
    ['It would be a real pity if your new landlord got wind of this balance before the lease is signed.', 'publicity'],
    ['Be a shame if the council’s buyers found out why the job stalled.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'It would be a shame if you heard about our autumn range from someone else, so here is the catalogue.',
    'What a pity you weren’t told about the price change sooner; we have credited the difference.',
  ])('fair: %s', clean);
});

describe('192. gaps a new user found in §179–§190: waivers after “only after” or “if”, time given for a chargeback withdrawn, the agenda, a man “at your firm”', () => {
  it.each([
    ['The remaining pallets leave our yard only after you sign a letter confirming the first batch was free of any fault.', 'coercion'],
    ['We will take your part payment if you sign a form accepting full liability for the late order.', 'coercion'],
    ['We can give you until March, provided you first withdraw the chargeback with your bank.', 'coercion'],
    ['No arrangement of any kind will be entertained on this account.', 'coercion'],
    ['Put this in front of a man at your firm who understands figures.', 'abuse'],
    ['Your company is on the agenda for the members’ meeting under accounts in default.', 'publicity'],
    ['About your complaint to the ombudsman: drop it and we’ll give you the extra month.', 'coercion'],
    ['Withdraw your complaint and we’ll give you more time.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'At $150 a month it would take over three years to clear the balance, so could we look at $400?',
    'We are pleased to include your shop in the newsletter’s list of new stockists.',
    'A default listed with a credit reporting body usually stays on file for five years.',
    'If, having seen the signed delivery notes, you decide to withdraw your query, just tell us in writing.',
    'Proposals will be answered within five working days.',
  ])('fair: %s', clean);
});

describe('193. the customer’s statement, name or photo put up where the trade walks past, by anyone', () => {
  it.each([
    ['Your unpaid invoice is now taped to the till at both our branches.', 'publicity'],
    ['We will have your name up behind the trade counter by Friday, with the amount next to it.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We’ve pinned your order confirmation up at the trade counter so the lads can pick it quickly.',
    'Your invoice was printed at the counter and handed to your driver with the goods.',
    'Your photo is on the welcome board at reception as our newest trade account.',
  ])('fair: %s', clean);
});

describe('194. the outcome left to be found out “the hard way” or “for yourself”', () => {
  it.each([
    ['Pay the lot by Thursday or you’ll find out the hard way what happens next.', 'coercion'],
    ['Transfer it by six tonight, or you will see for yourself what happens next.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'If you would like to know what happens next with your claim, you can see for yourself what happens on the portal.',
    'Once the plan is set up you will see for yourself what happens to the balance each month.',
  ])('fair: %s', clean);
});

describe('195. unwelcome visitors announced, and people posted at the customer’s door through its trading day', () => {
  it.each([
    ['Your site office can expect a few unwelcome visitors on Monday if the money isn’t there.', 'coercion'],
    ['Otherwise two of our staff will stand by your shop entrance during business hours.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Our engineer will wait at the gate during the morning so your team can sign for the delivery.',
    'You may get an unexpected visit from our auditors, who check a sample of accounts each year.',
    'We apologise for the unwelcome surprise of the price rise; the old rate applies until June.',
  ])('fair: %s', clean);
});

describe('196. what the sender can reach from afar, switched off or locked over the debt', () => {
  it.each([
    ['We can still reach your freezers from our monitoring desk, and we will power them down remotely on Friday.', 'threats'],
    ['Don’t be surprised if your tills can’t open Monday’s sales file.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We can switch the units off remotely for the engineer’s visit, as you asked.',
    'If the freezer alarm goes, we shut the unit down remotely to protect the compressor.',
    'Don’t be surprised if the invoice looks different: we have moved to a new system.',
  ])('fair: %s', clean);
});

describe('197. the sum said to double or treble by itself at a deadline', () => {
  it.each([
    ['Miss Friday and the system trebles the fee.', 'misleading'],
    ['From Monday the system will automatically double what you owe.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'We doubled the order for you automatically, as agreed for the Christmas rush.',
    'Our warehouse doubles its opening hours in December.',
    'Interest is added automatically at 8% over base under the Late Payment Act.',
  ])('fair: %s', clean);
});

describe('198. sneers that need no insulting word', () => {
  it.each([
    ['It’s a two-line bank transfer. Even you could manage that.', 'abuse'],
    ['Honestly, I’ve had more convincing stories from my five-year-old.', 'abuse'],
    ['No wonder your restaurant is half empty on a Saturday.', 'abuse'],
    ['At your age you should really have someone else doing the books.', 'abuse'],
    ['Eleven promises and four dates. You’ve missed your calling as a novelist.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Even you can pay by card now: the portal takes Visa and Mastercard.',
    'No wonder your team is busy: it’s the end of the quarter for everyone.',
    'We missed your call this morning; please ring back when convenient.',
  ])('fair: %s', clean);
});

describe('199. explained as to a child: a parent to do it, explaining again wasted, read out slowly', () => {
  it.each([
    ['Maybe your dad could show you how a remittance works.', 'abuse'],
    ['I could go through the terms with you again, but I doubt it would be anything but a waste of breath.', 'abuse'],
    ['Shall I read the invoice to you over the phone, very slowly this time?', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Your father asked us to explain to you how the new portal works, so here is a short guide.',
    'We can go through the statement again on Thursday; it is no trouble at all.',
    'If it helps, I can read it to you on the phone while you check the remittance.',
  ])('fair: %s', clean);
});

describe('200. the customer’s troubles called their own doing, or mocked as an excuse', () => {
  it.each([
    ['Frankly your cash-flow problems are of your own making, and they are no concern of ours.', 'abuse'],
    ['Must be nice, having a sick note to fall back on every time the rent is due.', 'abuse'],
    ['You must be worn out from all this storytelling.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'We understand the cash-flow problems are no fault of yours: your main customer went under.',
    'It must be nice to have the new unit to fall back on when the busy season starts.',
    'Thank you for all the fiction titles in your last order; the invoice is attached.',
  ])('fair: %s', clean);
});

describe('201. a dispute refused until everything is paid, the condition naming the dispute again', () => {
  it.each([
    ['We shall not review the disputed deliveries until the whole balance, the loads you query included, has been paid.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'We will not discuss the disputed pallets with your buyer until the credit note you asked for has been approved and paid out to you.',
    'We will not chase the disputed invoice until the review is finished; please pay the others as usual.',
  ])('fair: %s', clean);
});

describe('202. health or safety said to go with not paying', () => {
  it.each([
    ['Contractors who leave us waiting don’t seem to stay healthy for long.', 'threats'],
    ['Firms that stiff their suppliers round here rarely stay in one piece.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Businesses that don’t keep their records up to date rarely stay in business for long.',
    'It would be a shame if the site visit on Friday added stress for your team; we can move it to Monday.',
    'Staff who don’t take breaks rarely stay healthy, so please make sure your crew rest.',
  ])('fair: %s', clean);
});

describe('203. the weekend named bare with “too”, and the customer’s phone given no rest either', () => {
  it.each([
    ['We’ll be ringing Saturday and Sunday too, until it’s sorted.', 'frequency'],
    ['We don’t close for the bank holiday, and neither does your phone.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Our helpline is open Saturday and Sunday too, if that suits you better.',
    'We’ll call you on Monday; neither of us works at weekends.',
  ])('fair: %s', clean);
});

describe('204. contact counted back and on, passed round the team, or renewed each time it is ended', () => {
  it.each([
    ['Same as yesterday, and the day before, and tomorrow too: pay the invoice.', 'frequency'],
    ['We spoke twenty minutes ago, and the time before that. I’ll try again shortly.', 'frequency'],
    ['Whoever’s free at any moment will ring you, all day, until we get an answer.', 'frequency'],
    ['Expect this reminder every single day, weekends included.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Every time you close a ticket, our system sends you a short survey.',
    'Whoever is free at our end will call you back within the hour about the delivery slot.',
    'We spoke an hour ago about the delivery, and I have now booked the slot.',
  ])('fair: %s', clean);
});

describe('205. the sender said to control the customer’s bank account, or to instruct the customer’s bank', () => {
  it.each([
    ['As of today we are in control of your business bank account until the debt is cleared.', 'misleading'],
    ['We will be instructing your bank to hold every payment out of the account from Monday.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Please instruct your bank to pay the invoice by BACS to the account below.',
    'Your bank has asked us to send the signed mandate before it can set up the direct debit.',
    'You stay in control of your account at all times; the direct debit can be cancelled with your bank.',
  ])('fair: %s', clean);
});

describe('206. the caller presented as the court’s, or as its officer', () => {
  it.each([
    ['Good morning, I’m calling from the county court about the case against your company.', 'false-authority'],
    ['I am a court-appointed collection officer for Harbour Freight, and this balance is now under court recovery.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'The court-appointed administrator has written to all creditors, and we will submit our claim to her.',
    'Please call the court office if you want to check the hearing date.',
    'I’m calling from Brightside Supplies about invoice 4471, which was due on Friday.',
  ])('fair: %s', clean);
});

describe('207. a statutory demand: the demand and warning its statute prescribes are not weighed by the tone model', () => {
  const hongKong = [
    'STATUTORY DEMAND UNDER SECTION 178(1)(a) OF THE COMPANIES (WINDING UP AND MISCELLANEOUS PROVISIONS) ORDINANCE (CAP. 32)',
    'Kowloon Packaging Ltd demands that your company pay the sum of HK$182,400.00, being the price of cartons supplied under invoices KP-2201 to KP-2214, within three weeks of service of this demand.',
    'WARNING: If your company neither pays the sum nor secures or compounds for it within three weeks, it may be deemed unable to pay its debts, and a petition for its winding up may be presented to the court. If you dispute the debt, tell us in writing within that time, and take legal advice.',
  ].join('\n\n');
  const australia = [
    'Demand under section 459E of the Corporations Act 2001',
    'Ridgeway Timber Pty Ltd requires Cole Joinery Pty Ltd to pay $48,210.00 within 21 days after service of this demand. If it does not, the company will be presumed insolvent, and we may apply to the court to have it wound up.',
  ].join('\n\n');
  it.each([hongKong, australia])('fair: %s', clean);

  it.each([
    // The wording rules still read every word of one.
    ['STATUTORY DEMAND UNDER SECTION 123 OF THE INSOLVENCY ACT 1986\n\nPay the £12,400 within 21 days or the company will be wound up. And if that does not move you, our men will call at your home on Saturday.', 'threats'],
    // A statute cited with no insolvency step after it is no statutory demand: the model weighs it.
    ['DEMAND UNDER SECTION 4 OF THE SALE OF GOODS ACT 1979\n\nFirms that treat their suppliers like this tend to find their trucks out of action.', 'tone'],
  ])('flagged: %s', flags);
});

describe('208. enforcement explained as what may follow a judgment the sentence supposes', () => {
  it.each([
    'Bailiffs can only become involved once a creditor has obtained a judgment in court and that judgment has gone unpaid.',
    'If judgment is entered and you don’t pay it, the court can issue a writ, and only its enforcement officers could then take goods.',
  ])('fair: %s', clean);

  it.each([
    // The judgment is the sender's next step here, not a supposition: the bailiffs are promised.
    ['If you don’t pay by Friday, we will get judgment and send the bailiffs in on Monday.', 'threats'],
    ['If we don’t have the money by Friday, bailiffs will be at your yard on Monday.', 'threats'],
  ])('flagged: %s', flags);
});

describe('209. a warning about someone posing as the sender may name whom it was reported to', () => {
  it.each([
    'Some customers have had emails claiming to come from Kestrel Tools Ltd that ask for payment to a new account. We have reported the emails to the National Fraud Intelligence Bureau.',
    'Letters asking you to pay a "recovery fee" were not sent by us; we have passed them to the Garda National Economic Crime Bureau.',
    // "using" is no "us": the stem of one is the other's word.
    'Please check your balance with your account manager, using the number on your invoice, and report any such message to the police.',
  ])('fair: %s', clean);

  it.each([
    ['We have reported your company to the Garda National Economic Crime Bureau.', 'false-authority'],
    ['Your unpaid invoices have been passed to the National Debt Recovery Bureau.', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('210. a quotation announced by the paragraph before, in someone else’s words', () => {
  it('fair: a fraud warning that shows the fake message', () =>
    clean(
      'Several of our customers have had texts that pretend to come from our accounts team and read:\n\n"Your account has been passed to the county court bailiffs. Pay £600 today or they will seize your vehicles."\n\nWe did not send these. Please do not reply to them.',
    ));

  it.each([
    // A script's reply after the customer's words, and the writer's own message, are the writer's wording.
    ['If the customer asks for more time, read the following:\n\n"Bailiffs will be at your premises on Monday to seize your vehicles unless you pay today."', 'threats'],
    ['Here is what I want said to him on the phone:\n\n"Our bailiffs will seize your vehicles on Monday unless you pay today."', 'threats'],
  ])('flagged: %s', flags);
});

describe('211. words with a trade sense: a job finished, a service that goes on, a pipe flange', () => {
  it.each([
    'We finished the kitchen at Orwell on 9 June, you approved it that evening, and invoice 318 fell due on 9 July.',
    'Nothing else changes: your team keeps its email and files, backups will continue to run, and we will still answer outages until the balance is paid.',
    'The pump flanges we supplied on invoice 7731 are still unpaid.',
  ])('fair: %s', clean);

  it.each([
    ['We will finish you, mark my words.', 'threats'],
    ['Our calls will continue every day until this is paid.', 'frequency'],
  ])('flagged: %s', flags);
});

describe('212. a lien registered under the statute that gives it', () => {
  it.each([
    'The Builders Lien Act gives us 45 days from our last delivery to file a claim of lien against the title of the property; unless invoice 6620 is paid by 30 May, we will file it on 2 June.',
    'This preliminary notice is sent because the law requires it: if we are not paid for the materials, a lien may be recorded against the property.',
  ])('fair: %s', clean);

  it.each([
    ['We will place a lien on your property.', 'threats'],
    ['If you don’t pay, we’ll put a lien on your house and your van.', 'threats'],
  ])('flagged: %s', flags);
});

describe('213. advice kept out, as what the customer must, need or will not do', () => {
  it.each([
    ['You must not involve your solicitor in this.', 'coercion'],
    ['You will not refer this or any related matter to a third party, including your solicitor.', 'coercion'],
    ['No need to run it past a lawyer or your accountant, honestly.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Please do not hesitate to take legal advice before you sign.',
    'We will not involve our solicitor if you pay by Friday.',
    'If you have not yet spoken to an accountant, the Business Debtline can help.',
    'We did not send this to your accountant.',
  ])('fair: %s', clean);
});

describe('214. entry or removal without consent; "whether or not" concedes, it asks nothing', () => {
  it.each([
    ['The units will be removed on Friday whether or not your staff are present.', 'threats'],
    ['We’ll be taking the panels off the roof on Monday, with or without your permission.', 'threats'],
    ['Our fitters will force the door if the shop is shut.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We’ll deliver on Monday whether or not anyone is on site, and leave the pallets by the gate.',
    'Our engineer will enter the plant room with your site manager on Tuesday to test the units.',
    'You asked whether bailiffs would be coming. They will not: we have no judgment and have instructed no one.',
  ])('fair: %s', clean);
});

describe('215. contempt with no verb, a cheater and a good-for-nothing', () => {
  it.each([
    ['Your whole office is good for nothing.', 'abuse'],
    ['Your buyer is a cheater, plain and simple.', 'abuse'],
    ['Your accounts team so useless, every time also must chase.', 'abuse'],
    ['Your company damn lousy at paying lah.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'The weather has been lousy all week, so the delivery is late.',
    'This cheat sheet lists the payment references.',
    'The new pump is good for nothing but light duty, so we have credited the difference.',
    'Your team were really helpful on the phone.',
  ])('fair: %s', clean);
});

describe('216. another’s debt put on the customer’s account', () => {
  it.each([
    ['Since your father’s shop also owes us, we have moved his arrears onto your account.', 'coercion'],
    ['Your parent company’s invoices have been transferred to your account and must be paid with yours.', 'coercion'],
  ])('flagged: %s', flags);

  it.each(['We have added the credit note to your account.', 'We have added the late payment compensation to your statement.'])('fair: %s', clean);
});

describe('217. a ministry said to collect trade debts, travel said to be stopped', () => {
  it.each([
    ['Your file now sits with the Ministry of Finance debt recovery unit.', 'false-authority'],
    ['Unpaid suppliers can have you stopped at passport control, so settle before your trip.', 'misleading'],
  ])('flagged: %s', flags);

  it.each(['Your flight details for the expo are attached; you will be met at the airport.'])('fair: %s', clean);
});

describe('218. the caller’s own count of contacts tonight', () => {
  it.each([
    ['Ringing again, that’s my fifth tonight.', 'frequency'],
    ['This is our sixth message this morning.', 'frequency'],
  ])('flagged: %s', flags);

  it.each(['Our third reminder this week went to the wrong address, sorry.'])('fair: %s', clean);
});

describe('219. others told to spread the word or warned off giving credit; lists of overdue accounts', () => {
  it.each([
    ['Pass this round the group so everyone knows who they are dealing with.', 'publicity'],
    ['Think twice before giving them credit, they have not paid us since June.', 'publicity'],
    ['Each month we publish customers whose invoices with us are unpaid after 60 days.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Please be careful when giving us your card details over the phone.',
    'We list customers with overdue accounts on our internal credit report only.',
    'It helps to know who you’re dealing with, so here are our staff contacts.',
    'Please share this plan with your bookkeeper so everyone knows what’s due when.',
    'Be careful extending credit to your own customers this winter; we are happy to talk terms.',
  ])('fair: %s', clean);
});

describe('220. arrest by its euphemism; the late-payment statute’s sums overstated', () => {
  it.each([
    ['Officers can come to the yard and take the director in for questioning.', 'threats'],
    ['Under the Regulations, fixed compensation of €400 per invoice is now payable.', 'misleading'],
    ['Collection costs are fixed by the Act at 15% of the balance.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'You are entitled to fixed compensation of €40 for each invoice under the Regulations.',
    'We will also claim fixed compensation of £140 (£70 for each of the two invoices) under the Late Payment Act.',
  ])('fair: %s', clean);
});

describe('221. a job finished on its day, before the customer’s part', () => {
  it('no threat: the extension was finished on 2 August, and the customer moved in', () =>
    expect(draftErrors('The extension was finished on 2 August, you moved in that week, and invoice 77 is still open.').map((m) => m.split(':')[0])).not.toContain('threats'));
  it('flagged: we will finish you', () => flags('We will finish you before the month is out.', 'threats'));
});

describe('222. several bases for one group: a claim filed in an insolvency, bailiffs named in a warning about fakes', () => {
  it.each([
    'We understand your company has entered administration. This statement is for your records only; please do not pay us, as our claim has been filed with the administrators and the court.',
    'Some customers have had letters headed as if from bailiffs acting for Harbour Timber. They are not from us: we have instructed no enforcement agents on any account.',
  ])('fair: %s', clean);

  it.each([
    ['Our claim has been filed with the court and bailiffs will follow next week.', 'threats'],
    ['Our claim has been filed with the court and bailiffs will follow next week.', 'false-authority'],
  ])('flagged: %s (%s)', flags);
});

describe('223. the step named, then said to have no part in it', () => {
  it.each(['Bailiffs don’t come into it; we only want a date for the £900.', 'No, we are not sending anyone. Bailiffs aren’t part of this.'])('fair: %s', clean);

  it.each([
    ['Bailiffs won’t be coming unless you pay by Friday.', 'threats'],
    ['Bailiffs won’t be patient, I can promise you that.', 'threats'],
  ])('flagged: %s', flags);
});

describe('224. a threat someone says was made, reported', () => {
  it.each(['Mr H says the firm threatened him with bailiffs and court; having listened to the calls, I do not uphold the complaint.', 'Your manager claims our driver threatened to call the police, and I am looking into it today.'])(
    'fair: %s',
    clean,
  );

  it.each([['I said last week that we threatened nobody, and we will send the bailiffs on Monday.', 'threats']])('flagged: %s', flags);
});

describe('225. the customer’s staff paid after the sender, a dispute kept off the record, a plan tied to buying only from the sender', () => {
  it.each([
    ['Every cent comes to us on payday; your workers can wait till next week.', 'coercion'],
    ['When they query an invoice, never record it as a dispute.', 'coercion'],
    ['We will agree the three instalments once you sign a sole supply agreement with us for the next two years.', 'coercion'],
    ['As part of the plan, your company will stop buying from Northway Packaging.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Please log it as a dispute so we can put the invoice on hold.',
    'Your exclusive supply agreement renews on 1 June.',
    'We stopped buying from Harlow Steel last year, so this is our last order.',
    'Your staff were paid late last month, you told us, so we have given you until Friday.',
  ])('fair: %s', clean);
});

describe('226. harm to the customer’s people regretted ahead; the account mocked; a script step joined by “and say”', () => {
  it.each([
    ['Please leave the gate unlocked for our team, as we would hate for any harm to come to your staff while they work.', 'threats'],
    ['Frankly yours is the most hopeless account on our books.', 'abuse'],
    ['Your offer of £50 a month gave the whole office a good laugh.', 'abuse'],
  ])('flagged: %s', flags);

  it('flagged: a script that has the collector tell the customer’s own clients', () =>
    flags('Script, step 3:\n\nCall their main client and say: "Could you hold back any payment that is due to them until our invoice is paid?"', 'publicity'));

  it.each([
    'We would not like any damage to occur to your goods in transit, so please sign for them on arrival.',
    'Your Christmas card gave us all a good laugh, thank you!',
    'Some customers have received messages that claim to be from us and say:\n\n"Your company has been reported to the police. A warrant will be issued unless you pay today."\n\nThese did not come from us.',
  ])('fair: %s', clean);
});

describe('227. a warning about an impostor may say what they threatened', () => {
  it('fair: a scam warning', () =>
    clean('Please be aware of a scam: someone claiming to be from our firm has been phoning customers threatening police action. We will never do that; if you get such a call, please report it to Action Fraud.'));
  it('flagged: the same threat as the sender’s own', () => flags('We will report you to the police if this is not paid by Friday.', 'threats'));
});

describe('228. a registration, pass or benefit said to be lost over the debt; a duty the law is said to put on the sender', () => {
  it.each([
    ['If this stays unpaid, your VAT registration will be revoked.', 'misleading'],
    ['Unpaid suppliers can have a firm’s work permits withdrawn, so your overseas staff may have to leave.', 'misleading'],
    ['We will get your company deregistered at Companies House next month.', 'misleading'],
    ['The law obliges us to start proceedings the day an account reaches 45 days.', 'misleading'],
    ['We are legally unable to accept instalments on a trade account.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Please send your ABN so we can update your account.',
    'Your software licence will be suspended on 5 May under clause 11 if the subscription is unpaid.',
    'The Gazette shows the company has applied to be struck off the register. As a creditor, we have lodged an objection with Companies House.',
    'Your pension contributions are not affected by this invoice.',
  ])('fair: %s', clean);
});

describe('229. false law: the stay said not to reach the sender, debts that never expire, title that comes back, every supplier’s monthly rate', () => {
  it.each([
    ['Your administration does not apply to suppliers like us, so the £6,200 is due on Friday.', 'misleading'],
    ['Liquidation won’t get you out of paying what you owe us.', 'misleading'],
    ['There is no limitation period for trade debts, so we can chase this forever.', 'misleading'],
    ['Ownership of everything we delivered goes back to the supplier once an invoice is 60 days old.', 'misleading'],
    ['Every supplier in the state may charge 4% a month on late invoices.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'If you believe that the guarantee does not apply, please write to us by 30 June.',
    'Title to the goods passes to you when we receive payment in full, as our terms say.',
    'Your claim against us for the 2019 delivery is statute-barred, as you raised it seven years later.',
  ])('fair: %s', clean);
});

describe('230. a credit listing offered to be taken away for payment', () => {
  it.each([
    ['We have listed the company with Equifax; settle today and we will get them to delete the entry.', 'misleading'],
    ['The default marker will be erased as soon as payment is received.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'The hold on your account will be lifted once the balance is paid.',
    'Once you pay, we will tell the agency the debt is settled, and the record will show it as satisfied.',
    'Your listing in our directory will be removed when you cancel your membership.',
  ])('fair: %s', clean);
});

describe('231. a court’s or the police’s step said to be called off for payment', () => {
  it.each([
    ['Pay the £940 through the link today to stop tomorrow’s hearing.', 'false-authority'],
    ['The officers will be stood down once you pay in full.', 'false-authority'],
    ['Make the payment within the hour and I can call them off.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'If the balance is paid before the hearing date, we will discontinue the claim and tell the court.',
    'Please pay by Friday to avoid a visit from our collection agency’s field agent.',
    'You can pay at the hearing or before it; the court will then close the case.',
  ])('fair: %s', clean);
});

describe('232. a prosecutor or the tax authority said to be told of the debt', () => {
  it.each([
    ['The District Attorney has been made aware of your unpaid account.', 'false-authority'],
    ['We are sending the paperwork to the IRS so they can look at how your company spends.', 'false-authority'],
    ['This pattern of orders may warrant a referral to the public prosecutor.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each(['Please send your IRS Form W-9 so we can set up your account.', 'HMRC told us the VAT rate changed in January, so invoice 41 has been reissued.'])('fair: %s', clean);
});

describe('233. the customer named to others in a medium they read, unless it pays', () => {
  it.each([
    ['If the £4,100 is not paid by the 30th, your firm will be featured in the next issue of our trade bulletin.', 'publicity'],
    ['Unless you settle by Friday, we will post your company’s name on our Facebook page.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We’d love to feature your firm in our spring newsletter, if you’re happy for us to.',
    'If you would like to be listed in our approved suppliers directory, please send your insurance certificate.',
    'Unless we hear otherwise by Friday, we will post your statement to the portal as usual.',
  ])('fair: %s', clean);
});

describe('234. names for a miser, a sponger, a pretender or a swindler', () => {
  it.each([
    ['Stop being such a cheapskate and pay the £600.', 'abuse'],
    ['Only a con artist takes the stock and then stops answering.', 'abuse'],
    ['Another week, another porky about the cheque.', 'abuse'],
    ['You are a wannabe with a van and an overdraft.', 'abuse'],
  ])('flagged: %s', flags);

  it.each(['We have kept our prices down this year by cutting packaging, not corners.'])('fair: %s', clean);
});

describe('235. what the customer owns or has paid for held over another debt; a plan only once the whole debt is paid', () => {
  it.each([
    ['The trailer’s service invoice was paid last week, but the trailer stays in our yard until the older hire invoices on your account are brought up to date.', 'coercion'],
    ['Your software was paid in full in March; even so, we will disable it on Monday unless the training invoice is paid first.', 'coercion'],
    ['We are happy to talk about instalments once the full balance has been paid.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'New orders are on hold until the overdue invoices are paid, as our terms allow; orders you have already paid for will ship as normal.',
    'Once the full balance is paid, your account will return to 30-day terms.',
  ])('fair: %s', clean);
});

describe('236. contact counted a day until the customer gives in, every day and the holidays too, redialled within minutes', () => {
  it.each([
    ['I’ll work through every number on your website, twice a day each, until someone gives me a date.', 'frequency'],
    ['These notices will be sent at 07:30 and 19:30 daily, including bank holidays, until the balance is settled.', 'frequency'],
    ['Any call you do not answer is redialled within two minutes by our system.', 'frequency'],
  ])('flagged: %s', flags);

  it.each(['Our office is open daily, including public holidays, if you would like to call.'])('fair: %s', clean);
});

describe('237. two insults offered as a choice, softened and put as a doubt', () => {
  it.each([
    ["I'm not sure whether your team is lazy or just a bit thick, but either way invoice 3321 is still unpaid.", 'abuse'],
    ['Whether your bookkeeper is clueless or simply dishonest, the £900 is still owed.', 'abuse'],
  ])('flagged: %s', flags);

  it.each(['Was the delay a clerical slip or just a busy week at your end?'])('fair: %s', clean);
});

describe('238. an insult the writer turns on itself', () => {
  it.each([
    'Apologies, that was my stupid mistake: invoice 88 was sent twice.',
    'I was an idiot to send it to the old address.',
    'Our dumb printer jammed, so the statement is late.',
  ])('fair: %s', clean);

  it.each([
    ['You stupid people never pay on time.', 'profanity'],
    ['My view is that your stupid team lost the invoice.', 'profanity'],
    ['I think you were an idiot to ignore us.', 'abuse'],
  ])('flagged: %s', flags);
});

describe('239. a dash joined to the next word is a range, not a mask', () => {
  it.each([
    'You can reach Jeanette at 555-0154, Monday to Friday, 9 am–5 pm Pacific.',
    'The depot is staffed Mo–Fr, 7 am–3 pm.',
  ])('fair: %s', clean);

  it.each([
    ['What the f— is wrong with your accounts team?', 'profanity'],
    ['Your bookkeeper is a complete a—, frankly.', 'profanity'],
  ])('flagged: %s', flags);
});

describe('240. the customer’s own naming, reported back to them', () => {
  it.each(['You called last Friday’s delivery “a disgrace”, and honestly, you were right.', 'You described our site crew as “cowboys” on the phone; I have spoken to them.'])('fair: %s', clean);

  it.each([
    ['We called your delivery team “a disgrace” and we meant it.', 'abuse'],
    ['Frankly your accounts team are “cowboys”.', 'abuse'],
  ])('flagged: %s', flags);
});

describe('241. the writer’s own thing judged', () => {
  it.each(['Looking back, our original invoice was pretty pathetic: no PO number.', 'Our paperwork was a disgrace last month, and I am sorry.'])('fair: %s', clean);

  it.each([
    ['Our view is that your team is pathetic.', 'abuse'],
    ['Our opinion: your work is pathetic.', 'abuse'],
    ['Our staff say your accounts team is a disgrace.', 'abuse'],
  ])('flagged: %s', flags);
});

describe('242. the writer’s own server on a blacklist, and the writer taken off a list', () => {
  it.each([
    'Your mail server seems to have put our domain on a blacklist after we changed providers.',
    'Our IT provider has fixed the mail server and we’ve been removed from the list.',
  ])('fair: %s', clean);

  it.each([
    ['We’ll put your company on a blacklist shared with every merchant in the county.', 'publicity'],
    ['We will have your listing removed from the trade directory.', 'threats'],
  ])('flagged: %s', flags);
});

describe('243. a verb of harm in an idiom whose object is no one', () => {
  it.each([
    'Thought we might kill two birds with one stone: if you approve the new quote today, I will send the credit note.',
    'To beat the Christmas rush, could you send your order by Friday so we can deliver before you close?',
    'Our team will hit the ground running once you sign, and we will break the news to your site manager if you like.',
  ])('fair: %s', clean);

  it.each([
    ['We know people who would beat you black and blue.', 'threats'],
    ["Break even? You'll be broken by the time we're finished with you.", 'threats'],
  ])('flagged: %s', flags);
});

describe('244. a trend arrested is no arrest', () => {
  it.each(["The account's been creeping up and I'd like to arrest the slide before it gets away from both of us.", 'A plan now would arrest the steady growth of the balance.'])('fair: %s', clean);

  it.each([
    ['We will have you arrested if the slide continues.', 'threats'],
    ["I'd like to arrest your director.", 'threats'],
  ])('flagged: %s', flags);
});

describe('245. thanks in capitals in a message are warmth', () => {
  it.each(['PAYMENT RECEIVED — THANK YOU', 'THANKS SO MUCH FOR SORTING THIS OUT TODAY'])('fair: %s', clean);

  it.each([['YOUR ACCOUNT IS SERIOUSLY OVERDUE AND WE ARE NOT HAPPY', 'shouting']])('flagged: %s', flags);
});

describe('246. contact asked for, withdrawn or of another kind; news and thanks that only sound like pressure', () => {
  it.each([
    'As you requested on our call of 10 November, I will send you a short email each working day at 09:00 showing the balance.',
    'Please disregard the text you got from us at 10:40pm last night; it was sent by mistake.',
    'Routine visits pause while the invoice is open. Emergency call-outs will continue.',
    "We're telling all our trade customers, not only you, about a change in our standard payment terms.",
    'Glad the warehouse has been quiet since the last treatment: no more rats, no excuses needed for the inspector!',
  ])('fair: %s', clean);

  it.each([
    ['Sorry for the hassle, but we will text you at 11 pm every night until you pay.', 'frequency'],
    ["We're telling all your suppliers about the change in your credit status.", 'publicity'],
    ['No excuses, just pay.', 'coercion'],
    ['We will call you every morning until this is paid.', 'frequency'],
  ])('flagged: %s', flags);
});

describe('247. a fraud warning in capitals, the customer asked to alert their own bank, and a reference the customer asked for', () => {
  it.each([
    'IMPORTANT: OUR BANK DETAILS HAVE NOT CHANGED\n\nFraudsters are emailing some of our customers pretending to be us.',
    'IMPORTANT — WE NEVER CHANGE OUR BANK DETAILS BY EMAIL. If you get a message asking you to pay into a new account, it is a fraud attempt.',
    "If you receive such a request, please don't pay it. Call us on 01632 960 177 to check, and let your bank know, as they may be able to stop the payment.",
    "As you asked, I've spoken to your relationship manager at the Clydesdale and confirmed that your account is up to date.",
  ])('fair: %s', clean);

  it.each([
    ['OUR BANK DETAILS HAVE NOT CHANGED, SO PAY NOW OR FACE COURT', 'shouting'],
    ["As you asked for more time, I've spoken to your bank manager about the arrears.", 'publicity'],
    ['Call us today, and we will let your bank know about the debt.', 'publicity'],
    ['We will also let your bank know that you do not pay your invoices.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('248. hard times, “as per”, and the sender’s own people', () => {
  it.each([
    'I appreciate that the delay in payment from the municipality has hit you hard.',
    'Called Mr Prakash (Accounts Manager) as per reminder of 18 July.',
    'He was a pleasure to deal with, and everyone in our office who spoke to him will remember his good humour.',
    'Everyone in our office is happy to take your call whenever suits you.',
  ])('fair: %s', clean);

  it.each([
    ['Our lads will hit you hard if you don’t pay.', 'threats'],
    ['Non-payment will hurt you, believe me.', 'threats'],
    ['A charge of £25 per reminder will be added.', 'misleading'],
    ['We will tell everyone in your office about the debt.', 'publicity'],
    ["I've asked everyone in our office to give you a ring whenever they have a spare minute, so you may hear from us quite a lot.", 'frequency'],
  ])('flagged: %s', flags);
});

describe('249. verbs of hounding and publishing in their exact forms, and an offer the customer may take up', () => {
  it.each([
    "Below are real examples from calls and emails that we've reviewed (names removed), with what should have been said instead.",
    'Messages like these risk a harassment complaint, and they lose you the account.',
    'Following the complaint about a customer who received repeated calls last month, please note the following rules.',
    'Any account with a dispute flag is excluded from all contact rules above; it is not contacted at all until the flag is cleared.',
    'If you need us to send a copy of the returned cheque to help with your bank, please let me know.',
  ])('fair: %s', clean);

  it.each([
    ['We will harass you until you pay.', 'frequency'],
    ['Expect repeated calls until this is paid.', 'frequency'],
    ['We will ring all your contacts until someone pays.', 'frequency'],
    ['We will post a review of your company on Google.', 'publicity'],
    ['If you want us to stop, pay; otherwise we will send a copy to your bank.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('250. the writer’s own earlier words withdrawn, and another’s visit the writer is sorry to hear of', () => {
  it.each([
    'In my email of 2 May I wrote that I was “entitled to charge interest of 20% a month” and a £150 fee per reminder. I was wrong about that, and I am sorry.',
    'I wrote: “Under the Late Payment Act I am entitled to charge 25% a month, so it is going up every week.” That was wrong, and I am sorry.',
    'I wrote that bailiffs would come to your house. That was not true.',
    'I am sorry to hear that a previous supplier sent people to your farm over an unpaid bill last year.',
  ])('fair: %s', clean);

  it.each([
    ['We will charge 25% a month on this balance. That was wrong of you to ignore us.', 'misleading'],
    ['I said we would charge 25% a month. That is the law.', 'misleading'],
    ['I wrote that bailiffs will come to your house tomorrow. I meant it.', 'threats'],
    ['Sorry to hear you are struggling; we will be sending people to your house tonight to collect.', 'threats'],
  ])('flagged: %s', flags);
});

describe('251. a fraud warning that supposes the impostor', () => {
  it.each([
    'If you are a victim of an invoice scam by someone pretending to be us, report it to Action Fraud.',
    'If anyone pretending to be us asks you to pay into a new account, that is fraud; please call us.',
  ])('fair: %s', clean);

  it.each([
    ["If you don't pay by Friday, we will treat it as fraud.", 'threats'],
    ['If you keep stalling, you are stealing from us.', 'threats'],
  ])('flagged: %s', flags);
});

describe('252. the agency step in the passive and by an agency’s name, before the ladder allows it', () => {
  it.each([
    'If it is not paid, we will refer the account to Carter Debt Recovery Ltd on 1 July.',
    'If it is not paid by then, the debt will be handed to a collector on 1 July.',
  ])('%s (at pre-due)', (text) => {
    expect(draft(text, 'pre-due').errors.some((m) => m.startsWith('escalation: Referral to a collection agency mentioned at stage'))).toBe(true);
  });

  it.each(['I will pass the invoice to Sarah in collections on 1 July.', 'Our invoice will be sent to your accounts team on 1 July.'])('no agency: %s (at pre-due)', (text) => {
    expect(draft(text, 'pre-due').errors).toEqual([]);
  });
});

describe('253. a text in another language is said to be unchecked, and the English word lists leave it alone', () => {
  const warnings = (text: string) => draft(text).warnings.filter((m) => m.startsWith('language:'));

  it('warns once for a letter in French or German, and reads “retard” there as a delay', () => {
    const french = 'Malgré notre relance du 12 septembre, la facture F-24-0912 reste impayée, soit 52 jours de retard. Nous vous prions de régler cette somme.';
    expect(draft(french).errors).toEqual([]);
    expect(warnings(french)).toHaveLength(1);
    expect(warnings('Zahlen Sie bis Freitag, oder wir werden Ihre Bank und Ihre Lieferanten informieren.')).toHaveLength(1);
  });

  it('leaves English alone, however telegraphic: a call log, a statement line', () => {
    for (const text of ['Call 10:40 — spoke to AP clerk. PO 7720 missing. Resend invoice 4471, chase Fri.', 'INV-2041 3 May £1,250.00; INV-2077 17 May £310.00; balance £1,560.00.', 'Invoice 4410 is now 30 days overdue. Please pay by Friday.']) {
      expect(warnings(text), text).toEqual([]);
    }
  });

  it.each([['You absolute retard, pay the invoice.', 'profanity']])('flagged: %s', flags);
});

describe('254. a notice that names the customer and what it owes, and a listing “in it” with the sum', () => {
  it.each([
    ['Unless you pay by Monday, your front page will carry a notice saying that Harlow Joinery has not paid its suppliers.', 'publicity'],
    ['From next week there will be a notice on the gate with your company name and the amount.', 'publicity'],
    ['If the balance is still open on 1 May, Greenway Florists will be listed in it, with the sum owed.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Our website has a notice stating that our office is closed on Friday.',
    'The sign with your company name will be ready for the stand by Monday.',
    'Your firm will be listed in it, with the amount of your sponsorship, as you asked.',
  ])('fair: %s', clean);
});

describe('255. a fee added with each reminder, and costs charged whether or not they are incurred', () => {
  it.each([
    ['Another £40 will be added with each further reminder we send.', 'misleading'],
    ['Recovery costs go on every account at 30 days, whether or not we have instructed anyone.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'A copy of your statement is sent with each reminder.',
    'Our legal costs will be added only once we have instructed solicitors, under clause 12 of your signed terms.',
    'We will not charge recovery costs before we have referred the account.',
  ])('fair: %s', clean);
});

describe('256. a concession taken up again and tied to a complaint withdrawn, in the passive', () => {
  it.each([
    ['We can look at spreading the balance. We will do so once you confirm that your complaint to the trade body has been withdrawn.', 'coercion'],
    ['We will consider it only if your review on Google has been taken down.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'We are sorry your complaint has been withdrawn; we will look at it again if you wish.',
    'We will do so once the credit note has been issued.',
    'Once the dispute has been resolved, we will send a credit note.',
  ])('fair: %s', clean);
});

describe('257. a statutory demand said to be the court’s, and the criminal court named over a trade debt', () => {
  it.each([
    ['Enclosed is our statutory demand for £6,100, stamped and issued by the High Court.', 'false-authority'],
    ['As a court order this demand must be obeyed within 21 days.', 'false-authority'],
    ['NOTICE: CROWN COURT PROCEEDINGS PENDING ON ACCOUNT 7710', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'A statutory demand is not issued by the court; it is a creditor’s demand.',
    'The claim form, sealed and issued by the County Court on 3 May, is enclosed.',
    'This is not a Crown Court matter; it is a civil debt.',
  ])('fair: %s', clean);
});

describe('258. misfortune wished on “that … of yours”, or on the customer’s things in the dark', () => {
  it.each([
    ['Something might happen to that nice shop front of yours.', 'threats'],
    ['A lot can happen in the dark around your yard when the power goes out.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'I hope nothing happens to that new van of yours on the icy roads.',
    'A lot can happen overnight to stock left outside your unit, so our terms include cover.',
  ])('fair: %s', clean);
});

describe('259. sway over a decision outside the debt — a licence, a lease, a tender, a reference, a sister company — hung on the payment', () => {
  it.each([
    ['Your late-night licence is up for renewal in June. Whether I lodge an objection or not depends on whether the £2,300 arrives first.', 'coercion'],
    ['Your lease renewal goes before our board next month. I would find it easier to recommend renewal if the service account were clear by then.', 'coercion'],
    ['Grainger Cartons is our sister company. Whether your next delivery from them turns up on time will depend on what I tell them.', 'coercion'],
    ['Your former foreman has asked us for a reference for a new post. We would give one, but not while your firm still owes us £9,000.', 'coercion'],
    ['Our tender list for the depot job goes out next week. Firms with open invoices will not be invited to tender.', 'coercion'],
    ['I know the people in the planning department well. Think carefully about how your two applications fare if this is still open in March.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Your lease renewal goes to our board in August; this invoice is separate and has no bearing on it. Please pay by 30 June.',
    'The licensing office may take longer than usual to process renewals this year. Invoice 3318 is due on 1 March.',
    'Grainger Cartons is our sister company and invoices separately. How soon a refund reaches you depends on which bank you use.',
    'We are glad to give your former site manager a reference; it has nothing to do with the account. Please pay invoice 4471 by Friday.',
    'Whether we can spread the balance depends on what you can pay each month; call me and we will work it out.',
  ])('fair: %s', clean);
});

describe('260. “or not” names the other alternative and denies nothing', () => {
  it.each([
    ['Like it or not, we will put your name in the trade newsletter.', 'publicity'],
    ['Dispute it or not, we will post your name on Facebook.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Whether you pay by card or not, the invoice is due on 30 June.',
    'Let us know whether or not the plan suits you by Friday.',
  ])('fair: %s', clean);
});

describe('261. “otherwise” inside a verb phrase is an adverb, not a new clause', () => {
  it.each([
    ['Our staff will otherwise be letting your customers know, when they deliver, that you have stopped paying us.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Please pay by Friday; we will otherwise be sending a final reminder on Monday.',
    'Our staff will otherwise be glad to help your customers with their orders.',
  ])('fair: %s', clean);
});

describe('262. the debt put before the press or the trade: a press statement, a register’s next issue, a flag other suppliers see', () => {
  it.each([
    ['Unless we are paid by 30 May, we will put out a press release explaining that your firm does not pay its subcontractors.', 'publicity'],
    ['Our late-payers bulletin goes to all 300 members of the federation. Your company will appear in the June issue unless the balance is cleared.', 'publicity'],
    ['We record a slow-payer flag on the customer’s profile in the buying portal, visible to all participating suppliers.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We issued a press release about our new depot in Leeds last week; your delivery slots are unchanged.',
    'We will not issue any press statement about this matter while the dispute is open.',
    'Your company will appear on our approved supplier list from January.',
    'Your order status is visible to everyone in your team through the portal.',
  ])('fair: %s', clean);
});

describe('263. fair letters the fresh sets flagged: steps still to come, the customer’s insolvency, its own lender, roles and labels', () => {
  it.each([
    // Proceedings a solicitor is instructed to issue are still to come.
    'If payment is not received within 14 days, we have instructions to issue proceedings against you in the Circuit Court.',
    // The customer's insolvency: the claim goes to its office-holder; a petition reported, no payment asked.
    'Following the appointment of Ms Dlamini as business rescue practitioner, our claim of R52,000 has been submitted to the practitioner.',
    'Our records show that a petition under Chapter 11 has been filed. This statement is for your information only.',
    // A retention of title clause: the customer holds the goods for the seller.
    'Until the goods are paid for, you hold them as our bailee and must keep them separate.',
    // Calls that go on while others are barred.
    'Outgoing calls will be barred from 4 July; calls to emergency services will continue to work.',
    // The sender's own role, named.
    'We are writing to you as your supplier, not as a court or a collection agency.',
    // A negation after an opening phrase and its comma reaches the subject.
    'To be clear, no one from our company will visit your premises to collect the equipment.',
    // The customer's own bank, as the customer reported it.
    'On the call he said their bank had frozen an overdraft during the refinance, and he offered two payments.',
    // A scam, reported as a fraud warning asks.
    'Our bank details have not changed. If you get an email asking you to pay a new account, call us to check, and report it to Action Fraud or the police.',
    // Site welfare cabins; a failure named as contempt in a training note.
    'We will take our welfare cabins off site on Friday, as agreed.',
    'Why the call failed review: it showed contempt for the customer.',
  ])('fair: %s', clean);

  it.each([
    ['We have issued proceedings against you in the Circuit Court.', 'false-authority'],
    ['Please find enclosed a sealed order of the court requiring payment within 14 days.', 'false-authority'],
    ['For awareness, we have copied this letter to your landlord, as your landlord may wish to know that the account is unpaid.', 'publicity'],
    ['If you do not pay by Friday, we will report it to the police.', 'threats'],
    ['Your bank accounts will be frozen on Monday.', 'threats'],
    ['Your conduct is contemptible.', 'abuse'],
  ])('flagged: %s', flags);
});

describe('264. wording quoted to be judged: a `>` block quote in a draft, a line labelled “Said:” or “Old wording:”', () => {
  it.each([
    'Review of the stage 4 letter, line 12:\n\n> Failure to pay will result in a County Court Judgment being registered against you automatically.\n\nThis is not true: a judgment needs a claim first. Please replace it with the letter before claim wording.',
    'CALL REVIEW EXAMPLES\n\nSaid: "You do know we have your home address from the credit application, don\'t you?"\n\nWhy it failed: it hints at a visit.',
    'Old wording: "We know where your warehouse is, and we know when your staff leave at night."\n\nNew wording: "Please call me to agree a date."',
  ])('fair: %s', clean);

  it.each([
    // A speaker named before "said": in a call note, often the writer's own collector.
    ['Call note, 10:32.\n\nCaller said: "I am an enforcement agent acting on the writ. If it is not paid today I will attend your warehouse and take goods."', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('265. a subject line in capitals names its matter, a “verb” before “of” being a noun misread', () => {
  it.each(['RE: INVOICE NE-3390 – KES 412,000 – HIRE OF GENERATOR AND LIGHTING TOWERS\n\nPlease pay by 30 April.', 'SUBJECT: SUPPLY OF STEEL – INVOICE 4471\n\nPlease pay by Friday.'])('fair: %s', clean);
  it.each([['RE: PAY THIS INVOICE NOW\n\nPlease pay by Friday.', 'shouting']])('flagged: %s', flags);
});

describe('266. the sender’s people’s own past words, withdrawn by an error admitted in the next sentence', () => {
  it.each(['I understand your concern after our driver mentioned the account to your customer yesterday. That should not have happened, and I have spoken to him.'])('fair: %s', clean);
  it.each([['Our driver mentioned the account to your customer yesterday, and our reps will tell your other customers next week.', 'publicity']])('flagged: %s', flags);
});

describe('267. what the customer prepaid, or what belongs to its people, held until another invoice is paid', () => {
  it.each([
    ['Your order for test strips was prepaid last week and is ready to go, but it will not be released until the March invoice is paid.', 'coercion'],
    ['Your fitters left their personal toolboxes in our store; we will release them as soon as the account is cleared.', 'coercion'],
    ['We will release Amir’s logbook and submit his sign-off as soon as the account is settled.', 'coercion'],
    ['Your boiler was paid for in full. Once the old invoice is cleared, we will schedule the warranty repair.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Under our terms, ownership of the goods stays with us until they are paid for, as recorded on the Personal Property Securities Register.',
    'Once the overdue invoice is cleared, we will release the hold on new orders.',
  ])('fair: %s', clean);
});

describe('268. the owner’s spouse or household made to answer for the company’s debt', () => {
  it.each([
    ['The plan will need to be co-signed by your wife, so that she is jointly liable for the instalments.', 'coercion'],
    ['We enclose a direct debit mandate in your wife’s name, drawn on your joint personal account.', 'coercion'],
  ])('flagged: %s', flags);

  it.each(['As a general partnership, each partner is jointly liable for the firm’s debts under the Partnership Act 1890.', 'Mrs Okafor is not a party to this account, and we will not contact her.'])('fair: %s', clean);
});

describe('269. politely pressed: a loan secured on the home, the invoice before the payroll, others’ lot on the customer’s conscience', () => {
  it.each([
    ['We attach details of a lender offering short-term loans secured on your home.', 'coercion'],
    ['We would suggest paying our invoices this month before your staff salaries.', 'coercion'],
    ['I know you would not want their jobs on your conscience.', 'coercion'],
    ['Your wife and children would surely want this cleared.', 'coercion'],
  ])('flagged: %s', flags);

  it.each(['If cash is tight, talk to us about a plan rather than borrowing against your home.', 'We understand payroll comes first; pay us once your wages have gone out, by 30 June.'])('fair: %s', clean);
});

describe('270. more decisions outside the debt: a placement, an accreditation renewal, an approved list', () => {
  it.each([
    ['Your daughter’s placement with our firm starts in July. I would have to reconsider the placement while your account is in arrears.', 'coercion'],
    ['Your accreditation renewal comes before our committee. It would be awkward for me to support your renewal while your account is unpaid.', 'coercion'],
    ['Withdraw your claim, or your firm will be removed from the approved list.', 'coercion'],
  ])('flagged: %s', flags);

  it.each(['Your firm is on our approved list, and that has nothing to do with this invoice.', 'Your daughter’s placement with our firm starts in July; we look forward to having her.'])('fair: %s', clean);
});

describe('271. goods sold outright taken back, and the customer’s data destroyed, to make it pay', () => {
  it.each([
    ['The units were sold to you outright, without a retention of title clause. Even so, we think it fairest for them to come back to us until the balance is cleared.', 'threats'],
    ['Though the goods were sold on an outright basis, our driver will take the stock back on Monday.', 'threats'],
    ['We will delete all your records unless the balance is paid this week.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Our terms contain a retention of title clause, so if the invoice is not paid by 30 June we may collect the unpaid goods, by appointment.',
    'The goods were sold outright, so they are yours; please pay the invoice by 30 June.',
    'When the contract ends we will delete your data after 90 days, as the agreement says; you can export it before then.',
  ])('fair: %s', clean);
});

describe('272. a report to an authority over something else, held over the payment', () => {
  it.each([
    ['I am sure the tax office would find those items in last year’s accounts just as interesting as we did.', 'threats'],
    ['If these invoices remain unpaid, we will feel obliged to share our notes on your cold room with environmental health.', 'threats'],
  ])('flagged: %s', flags);

  it.each(['If you believe we have acted unfairly, you can complain to Trading Standards.', 'If it is not paid by 4 October, we will refer the account to Lakeshore Collections Inc., a licensed agency.'])('fair: %s', clean);
});

describe('273. rights said to be lost by lateness or silence', () => {
  it.each([
    ['The invoice is deemed accepted in full, and no dispute can now be entertained in any forum.', 'misleading'],
    ['Ownership of goods that have not been paid for automatically reverts to the supplier once the invoice is 60 days overdue.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Ownership passes to you when the goods are paid for in full, under clause 9.',
    'If you think the invoice is wrong, please tell us; a dispute can be raised at any time.',
    // "That" after a noun opens a relative clause, whose negation stays in it; a judgment spoken of in general is claimed of no one.
    'A County Court judgment that is not paid within a month is entered on the Register of Judgments.',
  ])('fair: %s', clean);
});

describe('274. the press by its people, told about the debt; a review left about the customer', () => {
  it.each([
    ['I know a reporter at the Evening Post. I will be giving her a call on Monday unless we are paid.', 'publicity'],
    ['I have left a review of our experience with your company on your Google profile, with the amount unpaid.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'A reporter from the Evening Post called about our new depot. I will give her a tour on Monday.',
    'Our accounts clerk spoke to her yesterday. I will send her invoice copies today.',
    'Thank you for leaving us a review on Google last month.',
    'We have reported the fake invoice to Action Fraud.',
  ])('fair: %s', clean);
});

describe('275. a log of the sender’s contacts, four or more on one day with no reply between them', () => {
  it.each([
    ['08:02 Morning Sam, just checking on invoice 4419?\n\n08:47 Hi again, did you see my message?\n\n09:30 Sorry to bother you, any update?\n\n10:15 Trying you again, would be great to hear back', 'contact-log'],
    ['CALL LOG\n\nMon 08:31 main line, no answer\nMon 09:15 main line, reception, in a meeting\nMon 10:40 mobile, voicemail\nMon 12:05 main line, no answer\nTue 09:00 main line, no answer', 'contact-log'],
  ])('flagged: %s', flags);

  it.each([
    'Mon 09:05 called main line, no answer\nMon 09:07 emailed statement\nWed 10:30 called, spoke to AP\nThu 11:00 called, payment promised Friday',
    '10:01 Hi Sam, is invoice 4419 on this week’s run?\n\n10:04 Customer: Yes, going Thursday.\n\n10:05 Great, thanks!\n\n10:06 Customer: Do you need the PO?\n\n10:08 No, we have it.\n\n10:09 Customer: Perfect.',
    '11/03 08:50 INBOUND call, AP asked for copies of January invoices\n11/03 09:05 sent copies\n11/03 10:12 INBOUND email asking for PO numbers\n11/03 11:30 reissued invoices with POs\n11/03 16:00 called back as requested, payment scheduled',
  ])('fair: %s', clean);
});

describe('276. the customer’s movements or family watched and told back to it', () => {
  it.each([
    ['You usually leave the yard around half six. I only know because I have been sitting across the road three evenings.', 'threats'],
    ['I drove past Hillside Primary this morning, lovely school. Your two seem very happy there.', 'threats'],
    ['I know you’re at the gym at 6 and you drop the kids at Marsden Primary at quarter to nine.', 'threats'],
    ['Saw your lights on at the workshop last night. Working late?', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'I drove past your new shop on Friday; it looks great. Invoice 4471 is due on 30 June.',
    'Our driver waited outside your unit for an hour for the delivery slot.',
    'You usually pay on the 30th, so we expect the invoice to be cleared by then.',
    'We know you are at the trade show next week, so we will call on Monday instead.',
    'I hope the kids are settling in well at the new school. Invoice 3310 is due on 1 May.',
  ])('fair: %s', clean);
});

describe('277. the customer’s insurance said to fall with the debt, the stay said not to bind, directors made answerable by law', () => {
  it.each([
    ['Most commercial insurance policies become void the moment a supplier debt is referred for collection.', 'misleading'],
    ['Non-payment of our invoice automatically voids your liability insurance.', 'misleading'],
    ['Trade debts for food supplies are exempt from the automatic stay and remain due in full.', 'misleading'],
    ['The law treats the directors of a limited company as answerable for what the company buys.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Our credit insurance policy requires us to refer debts over 90 days to the insurer.',
    'In compliance with the automatic stay, we have stopped all collection activity on your account.',
    'If you have filed for bankruptcy, or are subject to an automatic stay, this statement is for information only.',
    'Under the guarantee you signed, the law treats you as answerable for the company’s debt.',
  ])('fair: %s', clean);
});

describe('278. the court or the police claimed in plain words: a caller introducing itself, papers gone in, officers booked', () => {
  it.each([
    ['Called the owner. Introduced myself as ‘calling from the county court about the case against your company’ to get past reception.', 'false-authority'],
    ['The collector said he was working alongside the local constabulary and that officers are aware of your case.', 'false-authority'],
    ['Just so you know, the court papers went in on Monday and there is a hearing date set for the 14th.', 'false-authority'],
    ['We have booked the enforcement agents for Thursday morning; they will be at the shop at 9.', 'threats'],
    ['COURT ENFORCEMENT: Ref CE-4471. Attendance at 14 Mill Lane scheduled for 09:00 Tuesday.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'Never introduce yourself as ‘calling from the court’; give your name and our company’s.',
    'If the claim is defended, the court will set a hearing date and tell both sides.',
    'Judgment was entered against you on 3 May (claim K4QZ1234). We have booked the enforcement agents for Thursday under the writ of control.',
    'The police are aware of the fake invoices sent in our name; please report any you receive.',
    'Notice received that a CVA proposal has been filed. Claim form submitted to the nominee; no reminders until the decision date.',
  ])('fair: %s', clean);
});

describe('279. contempt by simile, question or comparison: wits, the business called none, talked down to', () => {
  it.each([
    ['Honestly, you are about as useful as a chocolate teapot.', 'abuse'],
    ['How thick do you have to be to lose the same invoice three times?', 'abuse'],
    ['Your shop isn’t a business, it’s a hobby dressed up as one.', 'abuse'],
    ['Are you running a business or a charity for yourself?', 'abuse'],
    ['Frankly, yours is a back-bedroom outfit with big ideas.', 'abuse'],
    ['Maybe running a shop isn’t for little girls who can’t read an invoice.', 'abuse'],
    ['Learn to speak proper English and then maybe you will learn to pay your bills.', 'abuse'],
    ['Don’t act smart with us.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Our new portal is as useful as a phone app for checking invoices.',
    'How quickly can you pay the balance?',
    'This is not a business decision we take lightly; it is a last resort.',
    'We sponsor the little girls’ netball team in town.',
    'Our staff are learning to write plain English for customers.',
    'Don’t get me wrong, we value your custom.',
  ])('fair: %s', clean);
});

describe('280. clauses: an object pronoun after a preposition or a wh-word starts no clause; a condition set inside a clause waiting for its verb resumes it', () => {
  it.each([
    ['Your customers, your landlord and anyone who asks us about you will hear about the money you owe.', 'publicity'],
    ['The next step if we don’t hear from you is a post on Facebook naming your company and the amount you owe.', 'publicity'],
  ])('flagged: %s', flags);

  it.each(['If anything on it doesn’t match what you ordered, just reply here and I’ll check.', 'The next step if we don’t hear from you is a letter before claim giving you 14 days.'])('fair: %s', clean);
});

describe('281. the debt shown to others: a copy to the spouse at home, a sign or card put up, the sender’s next post, a case study, “so people know who they’re dealing with”', () => {
  it.each([
    ['We have taken the step of sending a copy of this letter to Mrs Patel at your home address, so that she is aware of the company’s debts.', 'publicity'],
    ['Folks around here like to know who they’re dealing with.', 'publicity'],
    ['If the money isn’t in by Thursday we’ll be putting a sign up on the fence at your job saying the builder hasn’t paid his suppliers.', 'publicity'],
    ['There’s a card going up by the till on Monday, “Firms who don’t pay local businesses”, and your name is top of it.', 'publicity'],
    ['Guess what my next post is going to be about if the money isn’t in by tomorrow night.', 'publicity'],
    ['After Friday I will write a post about late payment in the sector, and I won’t be anonymising the worst example.', 'publicity'],
    ['I had planned to use your firm as my main case study, name and all, with the money on the slide.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Always check you know who you’re dealing with before you change any payment details.',
    'We are putting up a sign at the depot saying the car park is closed on Monday.',
    'We would love to use your firm as a case study for our new warehouse system, with your permission.',
    'We will not be anonymising the survey results, as they contain no names.',
  ])('fair: %s', clean);
});

describe('282. the family’s money or gold, a report held back as a favour, a repaired machine kept for other invoices, illness waved away', () => {
  it.each([
    ['I have seen enough of your paperwork to have questions about your VAT. I’d rather not share them with HMRC. Settle the balance by Friday.', 'threats'],
    ['Kindly arrange from your relatives, or sell your wife’s gold if that is what is required.', 'coercion'],
    ['Your father-in-law runs a successful business, and surely the family can arrange the amount between them.', 'coercion'],
    ['Your excavator’s fixed but it’s not leaving our yard till the 2023 invoice is paid too.', 'coercion'],
    ['Your office tells me you’ve been in hospital. Hospitals have phones, though.', 'abuse'],
    ['Your medical bills are your business. Ours is due now.', 'abuse'],
  ])('flagged: %s', flags);

  it.each([
    'Your van is repaired and will stay in our workshop until the repair invoice is paid, as our terms allow.',
    'We would rather not have to refer this to our solicitors; please pay by Friday.',
    'Our relatives run the shop on weekends; please call the office instead.',
    'We were sorry to hear you were in hospital; we have paused reminders until next month.',
  ])('fair: %s', clean);
});

describe('283. contacts counted, scheduled or timed to the busiest hour; a one-line call log', () => {
  it.each([
    ['Day 1: 7 calls to office, 4 to mobile, 2 to residence.', 'frequency'],
    ['We faxed the same statement to his office 60 times in one afternoon.', 'frequency'],
    ['Schedule for you from tomorrow: call at 8, call at noon, call at 6, drop by the shop at 3.', 'frequency'],
    ['You call at :00, Tom at :20, me at :40. All day, every day till he cracks.', 'frequency'],
    ['We’ll ring the café every lunch service until someone pays us.', 'frequency'],
    ['Mon 10:02 no answer | 10:05 no answer | 10:07 answered, customer asked for written contact only | 10:11 | 10:14 | 10:16 | 10:20 voicemail left', 'contact-log'],
  ])('flagged: %s', flags);

  it.each([
    'Our call centre handles 200 calls a day across all accounts.',
    'We deliver to your site five times a week.',
    'Day 3: site visit to check the install; no calls made.',
    'Mon 09:05 called, no answer | Wed 10:30 called, spoke to AP | Fri 11:00 payment received',
  ])('fair: %s', clean);
});

describe('284. arrest put as advice, with a condition after it (Scots arrestment takes its object right after it)', () => {
  it.each([['Our solicitors have advised that you are liable to be arrested if this sum remains outstanding.', 'threats']])('flagged: %s', flags);
  it.each(['We will arrest the company’s funds at the bank under the decree.'])('fair: %s', clean);
});

describe('285. the sender coming to the customer’s home; a negated subject however long, and a message another wrote', () => {
  it.each([
    ['We will come to your house.', 'threats'],
    ['Someone from our team will come out to your home this weekend to discuss the balance.', 'threats'],
    ['No reply from you or your office means our team will come to your house.', 'threats'],
    ['We will send you an SMS today: "Pay today or we come to your house."', 'threats'],
    ['Our final text, sent by me this morning: "Pay today or our team comes to your house."', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Nobody from our company or on our behalf will come to the salon or to your home.',
    'No member of our staff, now or later, will visit your premises to collect goods.',
    'Our engineer will come to your home office on Tuesday to fit the router you ordered.',
    'Your statement will come to your home address by post, as before.',
    'We have reviewed the SMS sent to you by one of our agents on 19 April: "Pay today or we come to your house." It breached our code of conduct, and we apologise.',
  ])('fair: %s', clean);
});

describe('286. "ordered" as a court order needs its "are" or "hereby"', () => {
  it.each([['You are hereby ordered to pay the sum claimed within 7 days.', 'false-authority']])('flagged: %s', flags);
  it.each(['The parts you ordered are in stock and ship on Monday; invoice 3312 is due on 30 June.'])('fair: %s', clean);
});

describe('287. the sender turning up where the customer is, again and again; the franchisor told', () => {
  it.each([
    ['From tomorrow I will be at your loading bay every morning by six, before your drivers leave.', 'frequency'],
    ['From Monday I’ll be sitting in your car park outside the Leeds office from eight until you leave.', 'frequency'],
    ['If you have not paid by the 8th, we will send copies of these letters to the franchisor’s regional manager.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'I’ll be at my desk every morning from eight if you would like to ring me about the statement.',
    'Our fitters will be at your site until the snagging list is finished.',
    'We have stopped calling your home number, as you asked, and will write to the office instead.',
    'From today we will stop texting your personal phone; the accounts inbox is our only channel.',
  ])('fair: %s', clean);
});

describe('288. codes, currency codes and firms’ names in capitals; wording characterised, labelled or admitted as wrong', () => {
  it.each([
    ['PAY THE EUR 500 NOW.', 'shouting'],
    ['Our team will make a forced entry on Monday if the balance is unpaid.', 'threats'],
    ['Our collector called you at 11pm last night. He will call again at midnight.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Invoices KPL/2210, KPL/2214 (ZAR 48,300) paid.',
    'MBEKI, OSEI & CO.\nSolicitors, Accra\n\nDear Sir,\n\nWe act for our client about invoice 5510.',
    '| Avoid | Why |\n|---|---|\n| "staff will attend with a locksmith" | implies forced entry |',
    'Our collector rang you at 11pm on Friday. That call should never have been made, and he no longer works on your account.',
    'Before: "Settle up by Monday or the crew comes to strip the site."\nAfter: "If we have not been paid by Monday 3 March, we will issue a claim."',
    'Delete that line: a director is not personally liable unless there is a signed personal guarantee.',
  ])('fair: %s', clean);
});

describe('289. harm to whoever is in the way; damage to doors disclaimed; the family’s routine; the business left with nothing', () => {
  it.each([
    ['Anyone on your staff who gets in our way will have only themselves to blame for what happens.', 'threats'],
    ['The crane comes off your job on Monday, and the lads won’t be checking first whether your men are still under it.', 'threats'],
    ['The excavator will stop exactly where it is, with whoever’s still in the trench.', 'threats'],
    ['Please note we accept no liability for damage to gates or padlocks when our agents collect the stock.', 'threats'],
    ['Your wife still drives the school run in the van we leased you, doesn’t she?', 'threats'],
    ['Next time you meet our drivers, the conversation may be less polite than this email.', 'threats'],
    ['Once we are done with you, there will be nothing of your little shop left.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We will meet with whoever is in the office on Monday.',
    'Please arrange access with whoever manages the roof plant.',
    'Our installers will check first whether your staff are still in the building before switching off the power.',
    'We accept no responsibility for damage to goods left outside after delivery.',
    'Your son asked about the school run timetable for the new site; invoice 44 is attached.',
    'Our next meeting may be less formal, at the site café, if that suits.',
    'Once we are finished with the audit there will be nothing left for you to pay.',
    'You will have only yourself to blame if you forget to update your bank details.',
  ])('fair: %s', clean);
});

describe('290. a decision outside the debt said to suffer, left pending, or its support withdrawn; a debt named at length before its verb', () => {
  it.each([
    ['We hear your daughter has applied for the graduate programme at our parent company. It would be a pity if her application were held up by this account.', 'coercion'],
    ['You have applied for membership of the trade association, where our director chairs the panel. Is it wise to keep invoice 2207 unpaid while that application is under review?', 'coercion'],
    ['We are withdrawing the reference letter we wrote for your tender with the council until invoice 88 is settled.', 'coercion'],
    ['Your consignment was paid in full on Monday, but the release documents will not be handed over until the balance of EUR 4,200 on last month’s shipment (invoice 7781) is cleared.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'We were happy to provide the reference letter you asked for; it is attached. Invoice 220 is due on 4 June.',
    'Your visa application is pending, so we have paused reminders until you return; the invoice remains open while you are away.',
    'Your consignment was paid in full on Monday and the release documents are attached; the balance on invoice 7781 is due on 30 June.',
  ])('fair: %s', clean);
});

describe('291. sums explained as to a child; insults in Irish English and Pidgin; a name put up on the board; the customer announced on air', () => {
  it.each([
    ['We have attached a breakdown in crayon so your bookkeeper can follow it.', 'abuse'],
    ['Clearly, adding up is not a core competence of your accounts team.', 'abuse'],
    ['Maybe get someone with a calculator to look at the remittance again.', 'abuse'],
    ['Pay the invoice, you gobshite.', 'abuse'],
    ['You know the board behind our counter. Yours goes up there next to the others unless you square it by Friday.', 'publicity'],
    ['I’ll get the breakfast presenter to warn on air that nobody should extend credit to your company.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Our guide for beginners explains how to use the payment portal.',
    'Reading contracts is not my strong point, so I asked our solicitor to check clause 9.',
    'Please ask someone with access to the bank portal to check the payment.',
    'Your name goes on the list for the Christmas hamper draw next to the other winners.',
    'We will announce the new opening hours on the radio next week.',
  ])('fair: %s', clean);
});

describe('292. prosecution as the price of not paying; the sender at every event, or in the customer’s private life', () => {
  it.each([
    ['Unless the subscription is paid by 30 June, your file will be passed for prosecution.', 'threats'],
    ['Expect me at every market you trade at until we’re square.', 'frequency'],
    ['I’ll see you at the gym on Tuesday, and at church on Sunday, until this is sorted.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'Fraud on your account will be referred for prosecution by the police; it has nothing to do with your invoice.',
    'The speed camera sent our driver a notice of intended prosecution, which we have paid.',
    'I’ll see you at the stand in March; the invoice can wait until after the show.',
  ])('fair: %s', clean);
});

describe('293. things taken whether the customer is there or not; the site taken or its locks changed; debtors said to be jailed; systems said to fail; a call to the tax office', () => {
  it.each([
    ['The lads will be on your roof Friday ripping the panels off, whether you’re there or not.', 'threats'],
    ['From Monday we are taking possession of the warehouse until the arrears are cleared.', 'threats'],
    ['Our fitter will change the locks on your shop doors at 8 am on Thursday.', 'threats'],
    ['Anyone who owes money for over 90 days can be arrested under the law here.', 'threats'],
    ['It would be a great pity if your booking portal went offline during the Christmas rush, and our engineers still hold the keys.', 'coercion'],
    ['If I am not paid this week, I will be phoning the tax office about your cash sales.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'We will collect the pallets on Friday, whether you need them back or not, as agreed.',
    'Our engineer will take readings on Monday whether you are on site or not; the meter is outside.',
    'Under clause 9 we may enforce our security interest, which may include taking possession of the units in accordance with the Act, after written notice.',
    'Your new locks were fitted on the shop doors on Thursday, as you asked.',
  ])('fair: %s', clean);
});

describe('294. telling of a payment, as the customer’s own policy requires, or as for every customer; a quotation that is the subject of what follows', () => {
  it.each([
    ['We will report your payment record to your bank unless you pay by Friday.', 'publicity'],
    ['This is your "final warning" before court.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'When the payment arrives, we will report the payment to your insurer, as your policy requires, and copy you in.',
    'We share trade payment experience with the bureau each month, as we do for all of our customers, as your credit application allows.',
    'Remember that a "final warning" often isn’t true, so write the date of the next step instead.',
    '"We will pay you a visit" sounds like a threat; say when you will next write.',
  ])('fair: %s', clean);
});

describe('295. a summons among the steps a creditor will issue; lawyers told to hold off', () => {
  it.each([
    ['We have issued a final invoice and a summons is attached.', 'false-authority'],
    ['Our solicitors have been instructed to issue proceedings.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'If nothing is agreed by 9 May, my attorney will issue a letter of demand and, if needed, summons in the Magistrate’s Court.',
    'Invoice 1003 is on hold, and our solicitors have been asked not to take any step on it while we check the waybill.',
  ])('fair: %s', clean);
});

describe('296. safety given as the reason to pay; the debt made personal, to be settled out of hours; harm seen happening to the customer’s things; trouble for those who owe', () => {
  it.each([
    ['We suggest you settle the arrears this week, for your own safety.', 'coercion'],
    ['Your staff should cooperate fully with our team on Monday, for the wellbeing of everyone involved.', 'coercion'],
    ['After Friday this becomes a personal matter between my brothers and you.', 'coercion'],
    ['If it is still open next week, it will be sorted face to face, after business hours.', 'coercion'],
    ['I would hate to see anything happen to your vans while this is outstanding.', 'coercion'],
    ['Overdue accounts have a way of running into accidents in this town.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Please keep the loading bay clear when we deliver, for your own safety.',
    'Please pay by bank transfer rather than cash, for the safety of our drivers.',
    'For your own protection, please pay only to the account on the invoice.',
    'Please settle the invoice by card if you can; for your own protection, never send cash by post.',
    'I would hate to see that happen to your credit rating, so let us agree a plan.',
    'Customers with unpaid invoices may have problems with the portal login; please call us if so.',
  ])('fair: %s', clean);
});

describe('297. a right claimed to come in at will; the shipment in hand named as paid', () => {
  it.each([
    ['Our registered security gives us the right to enter your shop at any time, without notice, and take whatever covers the debt.', 'threats'],
    ['I know you have paid that container, but we are holding its release until last year’s invoices are cleared.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Our terms give us the right to enter your premises, with 48 hours’ written notice and your consent, to inspect the units.',
    'Your lease allows the landlord to enter the premises at any time in an emergency.',
    'I know you have paid that container; its release is attached, and last year’s invoices are due on 30 June.',
  ])('fair: %s', clean);
});

describe('298. a step retracted at the start of the next sentence; a colleague’s post apologised for; the customer’s own telling reported back', () => {
  it.each([
    ['Some of the lads want me to put your name up on the trade page. I’m not going to do that unless you pay by Friday.', 'publicity'],
    ['We will tell all your customers on Monday. I’m sorry, but you left us no choice.', 'publicity'],
    ['You mentioned your bank manager; we will be letting him know about this debt on Monday.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'Some of the other subbies have been on at me to put your name on the Facebook page. I won’t do that.',
    'One of our reps posted your statement in the suppliers’ WhatsApp group yesterday. I’m truly sorry; it has been deleted.',
    'I know you mentioned that one of your own customers is paying late, so to be clear, we will not contact your customers.',
  ])('fair: %s', clean);
});

describe('299. a message the customer received from someone else, quoted after its colon', () => {
  it.each([['Thank you for the SMS you received from me this morning: "Pay today or we send people to your house tonight."', 'threats']])('flagged: %s', flags);
  it.each(['Thank you for forwarding the SMS you received from Apex Recoveries on 3 June: "Pay today or we send people to your house tonight." We did not authorise it and have withdrawn the account from them.'])('fair: %s', clean);
});

describe('300. the customer’s car said to be easy to pick out; the sender’s friends asking who owes; the customer’s domain taken into the sender’s name', () => {
  it.each([
    ['Your silver Land Cruiser with the roof tent is easy to spot in the car park.', 'threats'],
    ['Some of my old army mates were asking who owes me money, and I might tell them.', 'threats'],
    ['This morning we transferred your domain into our name; it stays there until invoice 0923 is paid.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Our driver’s red van is hard to miss; he will be at your site by ten.',
    'We have transferred the domain to your registrar account, as you asked.',
    'We moved your website to our new hosting platform last night; nothing changes for you.',
  ])('fair: %s', clean);
});

describe('301. a condition of not paying set by inversion, by a debt that remains open, or by a phrase of payment missing; then the customer’s things taken, cut off or destroyed', () => {
  it.each([
    ['Should the account still be in arrears on the 12th, the compressor at your bakery will be switched off by our engineer.', 'threats'],
    ['Were the invoice to remain open past Monday, the pallets stored for you in our yard would be auctioned.', 'threats'],
    ['If invoice 5521 remains open at the end of the month, the design files on our drive will be deleted.', 'threats'],
    ['In the absence of payment within five days, our fitters shall dismantle the shelving in your shop.', 'threats'],
    ['Absent payment by Thursday, the water to your unit will be disconnected at the meter.', 'threats'],
    ['The generator on your site will be taken away pending settlement of the account.', 'threats'],
    ['If the invoice is still unpaid on Monday, the vans on your forecourt will be immobilised remotely.', 'threats'],
    ['Unless the balance is cleared by Friday, our team will remove the locks on your unit.', 'threats'],
  ])('flagged: %s', flags);

  it.each([
    'Should you need a copy of the invoice, our office will email it the same day.',
    'Should we post the statement to your accounts office? Let me know which address you prefer.',
    'Should the account still be in arrears on the 12th, the account will be placed on hold as our terms allow, and we will write again.',
    'If the invoice remains unpaid, we will collect the goods under the retention of title clause (clause 9 of our terms).',
    'If the hire charges are not paid by the end of the hire period, we will remove our scaffold from the site.',
    'The hold on your account will be lifted once the balance is cleared.',
    'If the credit note is not agreed by Friday, we will remove the faulty units ourselves and test them at our depot.',
    'In lieu of payment, we are happy to take back the unused stock and credit your account.',
    'The pending payment should clear on Friday; our engineer will then switch off the old compressor for the upgrade, as you asked.',
  ])('fair: %s', clean);
});

describe('302. the people who receive or visit what the customer does, told by the sender’s representatives', () => {
  it.each([
    ['Our representatives will email each consignee with a delivery booked on your account to say you have not paid.', 'publicity'],
    ['At the fair our agents will tell your visitors that your firm owes us money.', 'publicity'],
  ])('flagged: %s', flags);

  it.each([
    'We have copied your accounts team, as you asked, so that the remittance reaches the right inbox.',
    'I have copied my colleague Sam, who looks after your account while I am away.',
    'Our representatives will be at your stand on Tuesday to deliver the brochures you ordered.',
  ])('fair: %s', clean);
});

describe('303. a list after a comma inside a subordinate clause stays in that clause, and its negation with it', () => {
  it.each([
    ['If you do not pay by Friday, bailiffs or agents will call at your premises.', 'threats'],
    ['Please note that unless you pay by Monday, Tuesday or Wednesday, a summons will be issued against your company.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'Please note that this letter is not a subpoena, summons or court document, and no claim has been filed against you.',
    'We confirm that this email is not a writ, summons or warrant of any kind, and nothing has been filed with any court.',
  ])('fair: %s', clean);
});

describe('304. money that goes on accruing at its rate is no contact that goes on', () => {
  it.each([['We will carry on at the same rate next week, and the week after, until someone picks up the phone.', 'frequency']])('flagged: %s', flags);
  it.each([
    'Interest will continue at the same rate until the invoices are paid.',
    'Statutory interest keeps running at the same rate, 12.5% a year, until the balance is cleared.',
  ])('fair: %s', clean);
});

describe('305. credit frozen everywhere is a false consequence; the sender’s own credit suspended on a condition is not', () => {
  it.each([
    ['Your credit rating will be frozen across all UK lenders.', 'misleading'],
    ['Your company’s credit will be blocked with every supplier in the country.', 'misleading'],
  ])('flagged: %s', flags);
  it.each(['As clause 6.3 of our dealer agreement allows, credit dispatches may be suspended where any invoice is overdue by more than 30 days.'])('fair: %s', clean);
});

describe('306. officers and lawyers named as involved, after a judgment stated as fact', () => {
  it.each([['Our enforcement officers have been instructed to attend your premises on Friday.', 'false-authority']])('flagged: %s', flags);
  it.each([
    'Judgment was entered against your company in the County Court on 3 March (claim K4QZ1182). The writ of control has been passed to Ridgeway Enforcement, whose High Court Enforcement Officers are authorised to enforce it.',
  ])('fair: %s', clean);
});

describe('307. a notice the law prescribes, given in its prescribed form, is the creditor’s own', () => {
  it.each([['NOTICE OF ENFORCEMENT. Our officers will attend your premises on Monday.', 'false-authority']])('flagged: %s', flags);
  it.each([
    'Re: Larchfield Joinery Ltd — Notice of Intention to Enforce Security\n\nAs required by section 244 of the Bankruptcy and Insolvency Act, we enclose that notice in the prescribed form.',
  ])('fair: %s', clean);
});

describe('308. a step that payment is said to call off is the price of not paying, in the sentences before', () => {
  it.each([
    ['The removal of the two chillers from your loading bay is booked for Thursday. Payment in full by Wednesday will cancel the visit.', 'threats'],
    ['Our recovery crew will strip the shelving out of your shop on Monday, which we hope will not be necessary if payment is received first.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Our engineer will remove the old boiler on Tuesday as agreed. Payment of the deposit will avoid any delay to the new installation.',
    'We will issue a claim in the county court on 5 May. Payment before then will stop the claim.',
    'Your delivery is booked for Thursday. Paying the pro forma by Wednesday will avoid any hold at the depot.',
  ])('fair: %s', clean);
});

describe('309. contempt by rank and by what is left: a business called small-time, a payer of the lowest kind, dignity said to be nearly gone', () => {
  it.each([
    ['For a small-time outfit like yours, eight thousand must look like a fortune.', 'abuse'],
    ['You are behaving like a debtor of the worst sort.', 'abuse'],
    ['Pay today and save your last bit of dignity.', 'abuse'],
    ['Settle this and keep whatever is left of your credibility with us.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'We treat every customer with dignity, whatever the size of the account.',
    'Your remaining balance is £1,240, due on 30 June.',
    'Small firms like yours are the backbone of the trade; we value the account.',
  ])('fair: %s', clean);
});

describe('310. every number tried in turn; contact kept up through the week; a request to stop contact refused', () => {
  it.each([
    ['Call every number we hold for the owner, including the home landline, until someone answers.', 'frequency'],
    ['Work through the staff directory on their website and ask each person to chase their accounts team.', 'frequency'],
    ['Calls continue Monday to Sunday until a payment date is agreed.', 'frequency'],
    ['We do not honour requests to stop calling while an invoice is overdue.', 'frequency'],
    ['Requests to stop contact are not accepted on arrears accounts.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'We always honour a request to stop calling; from now on we will write to you instead.',
    'If you ask us to stop calling, we will not call again.',
    'Please call the number on the invoice if anything is unclear.',
    'Our directory lists the right contact for each of your branches; we will write to the head office only.',
  ])('fair: %s', clean);
});

describe('311. “not … stop … until” is a promise only where the “not” governs the stopping', () => {
  it.each([
    ['We will not stop until you pay.', 'frequency'],
    ['We are not going to stop calling until the invoice is paid.', 'frequency'],
  ])('flagged: %s', flags);
  it.each(['We did not receive your request to stop calls until Friday, and have honoured it since.'])('fair: %s', clean);
});

describe('312. a purpose of calling the step off, then paying: “To prevent this, please make a payment”', () => {
  it.each([
    ['Our lads will take the stock off your shelves on Friday. To prevent this, please pay the balance by Thursday.', 'threats'],
    ['Our team will evacuate the cartons from your warehouse on Monday. To avoid this, settle the account today.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Our fitters will take the old units out on Monday. To avoid any delay, please pay the deposit for the new kitchen by Friday.',
    'We will call you on Tuesday to go through the statement. To prevent a missed call, please send a direct number.',
  ])('fair: %s', clean);
});

describe('313. a pronoun reaches back past a subordinate clause with no noun that agrees with it, and after its verb’s preposition', () => {
  it.each([
    ['Your father founded the company and is still its chairman. Since our emails have gone unanswered, we will be visiting him next week to explain the position.', 'publicity'],
    ['Your bank manager is Ms Hale. As you have not replied, we will write to her on Monday about the debt.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Our credit manager is Mr Hale. As you asked, he will call you on Monday about the statement.',
    'Your accounts assistant sent the remittance. Since the figures now match, we will write to her to confirm the account is clear.',
  ])('fair: %s', clean);
});

describe('314. a relative or friend of the sender’s in a court or an authority, invoked', () => {
  it.each([
    ['My cousin works in the county court office in Leeds and she has put it through for me.', 'false-authority'],
    ['I have discussed your case with my cousin, who works at the tax office.', 'false-authority'],
    ['I have a pal who’s a sheriff officer, and he will come round on Monday.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Our installer’s brother-in-law is a county court bailiff, so he knows the building well.',
    'Our solicitor works with the county court every day and will issue the claim on 3 June if the invoice is unpaid.',
  ])('fair: %s', clean);
});

describe('315. the statute’s fixed compensation overstated, its amount in pounds and pence', () => {
  it.each([
    ['Under the Act, we are entitled to fixed compensation of £250.00 per overdue invoice.', 'misleading'],
    ['We add fixed compensation of £250.00, which is the amount the Act sets for debts between £1,000 and £10,000.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'We also claim fixed compensation of £70.00, the amount the Act sets for a debt of £1,000 to £9,999.99.',
    'Fixed compensation of £100.00 per invoice applies, as the Act sets for debts of £10,000 or more.',
  ])('fair: %s', clean);
});

describe('316. a collection agency named as regulated or authorised is no authority told of the debt', () => {
  it.each([
    ['We have referred your conduct to the regulator.', 'false-authority'],
    ['If these invoices remain unpaid, we will report your hygiene failings to the environmental health officer.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'If it is not paid or disputed by 16 June, we will refer the account to Castle Recovery Ltd, a regulated collection agency, on 17 June.',
    'If it is not paid by 16 June, we will refer the account to Castle Recovery Ltd, an FCA-authorised collection agency, on 17 June.',
    'If it is not paid by 16 June, we will refer the account to a collection agency authorised by the FCA.',
    'This has gone three weeks past the date you promised, and I think it needs someone with authority to approve the payment.',
  ])('fair: %s', clean);
});

describe('317. a new user’s misses: others learning of it regretted in advance, a name printed among slow payers, the customer’s clientele, where the children go', () => {
  it.each([
    ['We would hate for the delegates at the Harrogate conference to learn about this unpaid invoice.', 'publicity'],
    ['Your firm’s name will appear in the March issue of Builders’ Monthly under “Slow Payers”.', 'publicity'],
    ['We will inform your clientele of these arrears.', 'publicity'],
    ['We know your children go to Oakfield Primary. Please settle the invoice.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We would hate for you to miss the early-payment discount, which ends on Friday.',
    'We know your son works on the site, so we will send the revised drawings to him.',
    'Your firm’s name will appear in the March issue of Builders’ Monthly as a new member of the federation.',
  ])('fair: %s', clean);
});

describe('318. a denial held open by a “yet” after a pause promises the step later', () => {
  it.each([
    ['We won’t tell your customers about this debt… yet.', 'publicity'],
    ['We haven’t posted your name in the trade group on Facebook — yet.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We have not told your customers, and we will not.',
    'We have not yet decided whether to refer the account; we will write to you by 30 June either way.',
    'We will not contact your customers; nothing has been shared with anyone yet, and nothing will be.',
  ])('fair: %s', clean);
});

describe('319. “not yet” presupposes the step to come: telling others held over the customer', () => {
  it.each([
    ['We have not yet shared the details of this debt with your client. Whether that continues is up to you.', 'publicity'],
    ['Your bank has not yet been informed of the arrears.', 'publicity'],
    ['We haven’t mentioned the overdue invoices to your suppliers yet.', 'publicity'],
    ['Your landlord hasn’t been written to about any of this yet.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We have not shared the details of this debt with your client.',
    'We have not yet told your bank, and we never will.',
    'We have not yet heard from your bank about the transfer.',
    'Has your bank told you why the payment has not gone through yet?',
    'We have not yet contacted your accounts payable team, as you asked us to wait until Monday.',
    'Your customer has not yet paid us for the March delivery, so we cannot release your credit note.',
  ])('fair: %s', clean);
});

describe('320. thanks in capitals excuse only their own stretch of a message: a demand with thanks tacked on still shouts', () => {
  it.each([
    ['PAY THIS INVOICE TODAY, THANK YOU.', 'shouting'],
    ['WE EXPECT PAYMENT IN FULL BY FRIDAY, THANKS.', 'shouting'],
  ])('flagged: %s', flags);
  it.each([
    'THANK YOU FOR YOUR BUSINESS THIS YEAR!!!',
    'PAYMENT RECEIVED — THANK YOU!',
    'CONGRATULATIONS ON THE NEW SHOP, AND THANK YOU FOR PAYING SO PROMPTLY!',
  ])('fair: %s', clean);
});

describe('321. a third party told is a participle after “be”, not an infinitive: the partner welcome to call is no one told', () => {
  it.each([
    ['Your parent company will be contacted tomorrow about the arrears.', 'publicity'],
    ['We will be copying your two biggest customers into the next reminder.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'If your business partner would like to discuss anything, he is welcome to call me.',
    'Your bank is welcome to contact us for the reference it asked for.',
  ])('fair: %s', clean);
});

describe('322. telling offered at the customer’s wish, with the condition after it, is a service; a wish for something else is not', () => {
  it.each([
    ['We will tell your customers about this debt if you want to keep ignoring us.', 'publicity'],
    ['We will let your suppliers know, if you ask me.', 'publicity'],
    ['We will tell your suppliers about the debt if you wish to keep ignoring us.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We’d be glad to pass the remittance details to your bank if you ask us to.',
    'I can forward the signed delivery notes to your customer’s site manager, if you want them.',
    'We are happy to share the payment plan with your business partner if you would like us to.',
    'Your request for contact by email only has been noted; however, you are welcome to call us at any time.',
    'Your request for contact by email only has been noted; we will continue to write to you by email.',
    'We’re now delivering to your neighbours in the business park on Tuesdays as well.',
  ])('fair: %s', clean);
});

describe('323. a shame for the customer’s people to see or wait is their disappointment, not harm wished on their things', () => {
  it.each([
    ['It would be a shame for that new van of yours.', 'threats'],
    ['It would be a shame for your new shopfront to get damaged.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'It would be a shame for the team at your warehouse to see the new racking delayed.',
    'It would be a pity for your site crew to wait another week for the scaffold tower.',
  ])('fair: %s', clean);
});

describe('324. the customer’s account of what one of the sender’s people told others is reported, not the sender’s step', () => {
  it.each([
    ['You say you cannot pay, so we will tell your suppliers.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'You say that our sales representative told your client’s owner about the balance. Nothing has been reported to anyone.',
    'You claim Marek phoned your landlord about the overdue rent; I have asked him for his notes.',
  ])('fair: %s', clean);
});

describe('325. “you know what happens” as the object of letting the customer know is information, not the rhetorical aside', () => {
  it.each([
    ['Pay by Friday. I think you know what happens if you don’t.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'I need to let you know what happens next: if the invoice is still open on 4 October, we will refer it to Castleford Credit Services, as our terms allow.',
  ])('fair: %s', clean);
});

describe('326. lawyers told to stand down, and a referral that would have to happen, are no involvement claimed', () => {
  it.each([
    ['Your account has been referred to our solicitors.', 'false-authority'],
    ['Our solicitors have been instructed to issue proceedings.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Since the examiner was appointed, our solicitors have been instructed to take no further action on the account.',
    'If the account has to be referred to our collection agency, its fee would be 10% of the principal, which we would claim.',
  ])('fair: %s', clean);
});

describe('327. a new user’s finds: a limit on contact conceded and overridden, a letter said to carry a court’s authority, a regulated agency', () => {
  it.each([
    ['Despite your letter asking us to communicate only in writing, our agent will attend your office tomorrow and again on Friday.', 'frequency'],
    ['Your request for contact by email only has been noted; nevertheless our manager will call round on Monday.', 'frequency'],
    ['This letter is issued with the authority of the County Court.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Despite your letter asking us to communicate only in writing, we will need the signed delivery notes by Friday.',
    'Your request for contact by email only has been noted, and we will write to you on 4 May.',
    'We would like to inform you that we are a regulated firm.',
    'If we do not receive payment or a proposal by 31 March, we will refer the account to Hartley Credit Services Ltd, a regulated collection agency, who will contact you in writing.',
  ])('fair: %s', clean);
});

describe('328. a quotation the writer retracts (an apology for it, or a verdict on it, within two sentences) is reported wording', () => {
  it.each([
    ['We will “pay you a visit” on Friday. Sorry for the delay in replying.', 'threats'],
    ['We will “pay you a visit” on Friday. That is not a threat, it is a promise.', 'threats'],
    ['I’m sorry, but we will “pay you a visit” on Friday.', 'threats'],
    ['We will post your name on LinkedIn. Sorry about that, but you left us no choice.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'You forwarded me the text our rep sent you: “pay up or I make sure every distributor in Ohio knows you don’t pay your bills.” I’m sorry. That message did not come from our credit department.',
    'The subject line of our email, “LAST WARNING BEFORE BAILIFFS”, was not approved by anyone here.',
    'I write on behalf of Okafor Logistics to sincerely apologise for the LinkedIn post made on Friday by a member of our team.',
  ])('fair: %s', clean);
});

describe('329. a word named without quotation marks, and the customer’s complaint given as “your complaint is that …”, are reported wording', () => {
  it.each([
    ['You are a liar and the word is getting around.', 'abuse'],
    ['Frankly the word for you is liar.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'Both accept that the call became heated and that he used the word liar.',
    'Your complaint, as I understand it, is that our regional manager phoned you and “shouted that I was a liar and would never work in this town again”.',
  ])('fair: %s', clean);
});

describe('330. negation over lists, coordinated subjects and a clause after “that”', () => {
  it.each([
    ['We will withhold your client records while the invoice is outstanding.', 'coercion'],
    ['We will not release the test certificates until invoice 4410 is paid.', 'coercion'],
    ['Use your overdraft or take out a loan, and pay us by Friday.', 'coercion'],
    ['Be warned that nothing will stop our lads coming to your premises.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    // A negation before a list of verbs reaches the one the pattern took, though the pattern could have read "not release".
    'We will not delete, lock or withhold any of your client records while the invoice is outstanding.',
    // The customer not asked to do anything on a list.
    'I’m not asking you to take out a loan, use your overdraft or personal cards, or ask your family for anything.',
    'You do not need to sign anything or give up that complaint in order to agree a payment plan with us.',
    // Two noun phrases joined by "or" are one subject, which "no" negates.
    'As set out in our notice of 20 May, no project files or drawings were changed or deleted during the suspension.',
    // A negated subject after a complementizer.
    'Please note that neither we nor the agency will come to your premises or take anything.',
  ])('fair: %s', clean);
});

describe('331. what the customer owns or has paid for, held until another debt is paid, in more of the ways it is said', () => {
  it.each([
    ['The website is technically yours, but I’m going to sit on the transfer code until the €900 lands.', 'coercion'],
    ['Your original lease and bank statements, which you dropped off in September, are here. None of it leaves the building until the $4,025 is paid in full.', 'coercion'],
    ['This project is separate from your support contract, but we are not in a position to release any client data while project fees remain outstanding.', 'coercion'],
    ['The unit was paid for in full and is within warranty. I have placed warranty case WC-88 on hold; an engineer will be booked once invoice 56 has cleared, and not before.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Goods already delivered are yours; new orders are on hold until the overdue balance is paid.',
    'You can still view and export your data, but creating new projects will be disabled until payment is received.',
    'Our terms provide at clause 11 that ownership of goods passes to you only when they have been paid for.',
    'The repair invoice was paid on the day; the car is ready and we will release it to you whenever suits.',
  ])('fair: %s', clean);
});

describe('332. a hearing refused in advance: every proposal, plea or circumstance refused before it is made', () => {
  it.each([
    ['For the avoidance of doubt, this department does not consider instalment proposals or representations about trading conditions.', 'coercion'],
    ['The full balance is due on Friday and we won’t be discussing any alternative.', 'coercion'],
    ['We don’t vary terms for weather, illness or insurance delays, so there is no need to send the assessor’s report.', 'coercion'],
    ['There is no need to phone to explain your circumstances; our consultants have been instructed not to take those calls.', 'coercion'],
    ['Letters that do not enclose a remittance advice will be filed without reply.', 'coercion'],
    ['There will be no further discussion of instalments.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We cannot consider any proposal until we have your latest management accounts.',
    'We will never refuse to consider any reasonable proposal.',
    'We will not respond to any correspondence sent to the old address; please use ar@example.com.',
    'We cannot accept your proposal of £50 a month because it would take six years; we could agree twelve monthly payments.',
  ])('fair: %s', clean);
});

describe('333. pressure through someone else’s money, illness brushed aside, and payment by untraceable means', () => {
  it.each([
    ['As his wife, I am asking you to stand in for him and pay this amount from your own business account.', 'coercion'],
    ['Maybe you can advance it from your own account first and get reimbursed by the company later.', 'coercion'],
    ['Being admitted to hospital is not a reason to stop business; you can send it from your phone even from the ward.', 'coercion'],
    ['You must have critical illness cover, use that. Your health isn’t something I can factor in.', 'coercion'],
    ['If you are too weak to do it yourself, give your wife the PIN and she can send it.', 'coercion'],
    ['Pay it today, even if it means you go without your own salary this month.', 'coercion'],
    ['From today I am only accepting payment in Amex gift cards or USDT to the wallet address attached.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Please do not pay this from your own account; the invoice is the company’s.',
    'Illness is not a reason for us to add charges; we have frozen interest while you recover.',
    'Some suppliers now accept bitcoin, but we only take bank transfer.',
    'People claiming to be from the court have called local firms saying invoices must be paid by gift card. We will never do this.',
  ])('fair: %s', clean);
});

describe('334. third parties named, then told of the debt as “both” or “them”', () => {
  it.each([
    ['We see from your filed accounts that you bank with Lloyds and borrow from Ardent Finance, your lenders. Unless payment is received by 17 May, we will write to both to inform them that your company is in default.', 'publicity'],
    // A purpose of tracing excuses only a contact made to trace.
    ['We will call your bank manager and tell him about the debt, then trace it.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    // No third party named: "them" is the customer's own team.
    'Your accounts team asked for copies. We will email them the statement showing the overdue balance today.',
    // The bank that returned a payment, contacted to trace it.
    'If your bank has returned the payment, we will contact them to trace it.',
  ])('fair: %s', clean);
});

describe('335. the sender’s people at the customer’s premises to strip or switch off, arrest and menace by idiom, visits every day until paid', () => {
  it.each([
    ['Our service technicians will come to your plant on Tuesday and dismantle the machine from your production line.', 'threats'],
    ['If it isn’t paid by Friday I’ll be in on Saturday morning to pull the main fuse.', 'threats'],
    ['Don’t be surprised when a couple of officers walk into your showroom and take you downtown.', 'threats'],
    ['I’ll be in the lot on Friday and we’re going to have a conversation, just the two of us, away from the cameras.', 'threats'],
    ['I’ll call in at your reception at 9:00 and again at 4:00 every weekday from Monday until the account is cleared.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'As agreed, our engineers will come to your site on Monday to disconnect the old boiler and fit the new one.',
    'Our technicians will attend your plant on Tuesday to switch off the line for the scheduled service you booked.',
    'As requested, our crew will attend on Wednesday from 8am to dismantle and remove the hired scaffolding.',
  ])('fair: %s', clean);
});

describe('336. the customer’s claims given up as the price of a plan, a status or a release: conditions listed, a payment deemed a waiver, a document put up for signature', () => {
  it.each([
    ['We are prepared to accept three monthly instalments on the following conditions: your company withdraws, in writing, the complaint it lodged with the free zone authority.', 'coercion'],
    ['Any payment received will be treated as your acceptance that the full sum claimed is due, and as a waiver of the complaint raised on 2 April.', 'coercion'],
    ['To restore your approved-debtor status, please sign and return the enclosed Debtor Acknowledgement. In it your company confirms that every invoice is valid, undisputed and payable in full without deduction.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We will treat your letter as confirmation of the dispute and put the invoice on hold.',
    'We will treat the complaint as withdrawn only if you tell us so in writing.',
    'Please sign and return the enclosed payment plan agreement. The balance owed on the undisputed invoices is £2,000.',
  ])('fair: %s', clean);
});

describe('337. the debt put before others in polished words: a schedule circulated to members, the name given to an editor, a summary sent to public buyers, a notice to every listed member of staff', () => {
  it.each([
    ['Each quarter, members of the Merchants Forum circulate to one another a schedule of accounts more than 90 days overdue. On current figures your company will appear on it.', 'publicity'],
    ['The editor of Contractor Weekly has asked us for named examples of slow payers. Unless this account is resolved by May 17, we intend to provide your company’s name and the amount outstanding.', 'publicity'],
    ['We therefore intend to send each council’s procurement team a summary of this account on 14 June.', 'publicity'],
    ['If the balance is not paid by June 7, we will send a short notice to each of the 23 staff members listed on your website, informing them that the firm has an overdue account.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We will send your accountant a copy of the statement of this account, as you asked.',
    'Our newsletter goes to members each month; your company will appear in it as our featured new stockist.',
    'We will provide your company’s name to the awards panel, with the amount of your sponsorship.',
  ])('fair: %s', clean);
});

describe('338. the law misstated: limitation said not to bind businesses or to restart with the creditor’s letters, liability by signing for goods, charges a law or a tax office is said to allow', () => {
  it.each([
    ['The statute of limitations only applies to consumers, so these invoices from 2017 are as recoverable as ever.', 'misleading'],
    ['Debts between companies in Australia don’t expire.', 'misleading'],
    ['Our reminder letters restart the limitation period each time we send one.', 'misleading'],
    ['In law whoever signs for the goods takes on personal liability for the account.', 'misleading'],
    ['Illinois law permits any business to add collection costs and surcharges to an unpaid account without prior agreement.', 'misleading'],
    ['We are required by the ATO to add a late-payment GST penalty of 10% to the invoice.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Your written acknowledgement of the debt on 4 May restarted the six-year limitation period.',
    'We are required by HMRC to charge VAT at 20% on the invoice.',
    'The Late Payment Act allows suppliers to add statutory interest without any agreement in the contract.',
  ])('fair: %s', clean);
});

describe('339. condescension in polished words', () => {
  it.each([
    ['I appreciate that matching a delivery note against a purchase order is a skill some finance teams take rather longer to acquire than others.', 'abuse'],
    ['We have heard every variety of explanation from your company, and they have not been very imaginative ones.', 'abuse'],
    ['I’d suggest whoever is in charge over there stops playing the innocent and picks up the phone.', 'abuse'],
    ['Businesses run the way yours appears to be run generally end up hearing from us.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'If there is a more senior colleague who approves payments, please pass this letter to them.',
    'If you have a more experienced colleague on the team, I’m happy to walk them through the portal.',
    'We have run out of stock of the 20mm fittings and expect more next week.',
  ])('fair: %s', clean);
});

describe('340. the customer’s own customers told to pay the creditor', () => {
  it.each([
    ['Attached are letters on your letterhead; each instructs the customer to pay all invoices due to your company directly to Laurentian Distributors until further notice.', 'coercion'],
    ['Please instruct Meridian Foods in writing to pay the sums they owe Hollis Cold Chain directly to us.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Please note that these invoices have been assigned to Westbury Finance; please pay Westbury directly to the account below.',
    'Please instruct your bank to pay the amount due directly to us by Friday.',
    'If you would like, we can ask your bank to redirect the standing order to our new account.',
  ])('fair: %s', clean);
});

describe('341. a new user’s finds: goods collected to offset the debt, third parties already contacted, the neighbours asked, a bad reference for whoever asks, records withheld “and not handed over”', () => {
  it.each([
    ['If the $18,400 is not received by Friday, our drivers will pick up the forklifts and racking from your site on Monday to offset the debt.', 'threats'],
    ['Our field team will be at your warehouse on Monday to collect equipment and inventory to cover the outstanding balance.', 'threats'],
    ['We have been in touch with your wife and your son’s school to see if they can help you understand the urgency.', 'publicity'],
    ['Our agent will knock on your neighbours’ doors on Saturday to ask where you are.', 'publicity'],
    ['Until this invoice is paid, we will give a negative reference to anyone who asks us about your company.', 'publicity'],
    ['Your employee salary data and GST filings which we maintain will be withheld and not handed over to your new accountant until you clear all our bills.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We will collect the hired forklifts from your site on Monday at the end of the hire period, as agreed.',
    'We have been in touch with your accounts team about the remittance.',
  ])('fair: %s', clean);
});

describe('342. a review of this session’s rules: harm the new exceptions and retractions let through, fair letters the new patterns flagged', () => {
  it.each([
    'Pay by Friday, "or else". It is not acceptable to ignore our letters.',
    'We will be sending "the boys" round to your yard on Monday. This is not acceptable.',
    'Pay by Friday, "or else". That was a mistake on your part.',
    'Pay by Friday, "or else". The statement you sent us is false.',
    'You are a "thief" who is not right in the head.',
    'Pay by Friday, "or else". You owe us an apology.',
    'Pay by Friday, "or else". We expect an apology.',
    'Pay by Friday, "or else". We are still waiting for your apology.',
    'Pay by Friday "or else". I\'m sorry for this delay in writing to you.',
    'I\'m sorry about what happened at your site, but pay by Friday "or else".',
    'Thank you for your understanding, but the reality is that "our lads will be at your yard on Monday" if you don\'t pay.',
    'Your complaint is noted, but the position is that we will "name and shame" you in the trade press.',
    'Pay within the term or else.',
    'Any offers under the full balance will be rejected.',
    'We will reject any offers below the full amount owed.',
    'We will not consider any proposal until the balance is paid in full, whatever your figures show.',
    'I\'m saying this once: pay the £900 in Steam cards by 5pm.',
    'We will never, under any circumstances, release goods to customers who refuse to sign the waiver.',
    'No goods will be released to customers who refuse to sign the waiver.',
    'We\'ll ring round your customers to find the money.',
    'We will call your customers to confirm the payment, and tell them you are in arrears.',
  ])('flagged: %s', (text) => expect(draftErrors(text).length).toBeGreaterThan(0));
  it.each([
    'Thank you for the remittance advice you sent us. We will send an updated statement once the payment has cleared.',
    'Thank you: invoice 4470 was paid by your office on 3 May. We will send a receipt once the payment has cleared.',
    'Thank you for the purchase order you sent us. We will book the delivery once your deposit is received.',
    'Thank you for your payment of £4,200. Please take this letter as confirmation that the full balance has been paid.',
    'Please treat this letter as confirmation that all invoices on your account have been paid.',
    'We can offer a payment plan on the following terms: six monthly instalments of £500, each payable without deduction on the 1st.',
    'Please sign and return the enclosed direct debit form. As our terms say, invoices are payable in full without deduction.',
    'Please sign and return the enclosed settlement form. If the balance is paid by 30 June, we will release any claim to late-payment interest.',
    'I am sorry we did not reply to any of your complaints sooner; that was our failure.',
    'We will not discuss any dispute about your account with anyone outside your company.',
    'There is no need to send us the report again; we already have it on file.',
    'There is no need to explain your circumstances in detail; a short call is enough.',
    'As you asked, our agents have been told not to return calls to your mobile after 6 pm.',
    'Two of your emails were filed without reply while our team was short-staffed; I apologise.',
    'While the dispute is reviewed, there will be no correspondence about the disputed invoices from our collections team.',
    'Your recovery comes first: the hospital stay is not something we will factor into any late-payment charges.',
    'Your illness is not something we would consider a breach of the payment terms.',
    'Simply passing the due date is not grounds to stop supply; we will always write to you first.',
    'The accident at your depot is not a reason for you to apologise; we have paused the account.',
    'Please note that a signed acknowledgement letter from you restarts the limitation period.',
    'Under the Late Payment of Commercial Debts (Interest) Act 1998 we may claim statutory interest. The Act allows us to add recovery costs of £70 without any term in our contract.',
    'Claims between companies do not lapse merely because a reminder was missed.',
    'We act for Acme Ltd. Our client\'s contracts team has asked us to write to you. We will update them to confirm the invoice is still outstanding.',
    'We will send our client\'s contracts team a copy of the account statement.',
    'We\'re going to switch off the automated reminders while the dispute is reviewed.',
    'We are going to take out the late-payment charge as a goodwill gesture.',
    'For your security, please keep the payment reference away from prying eyes.',
    'Our credit team will be in the office every weekday until 6 pm for payments or questions.',
    'We will send the credit vouchers for the returned goods this week.',
    'Fraudsters sometimes send emails asking for payment in gift cards or bitcoin; our bank details never change by email.',
    'The unit came back with a scratch on the back panel, so we have credited 10% of the invoice.',
    'Once the insurance payout reaches us, we will use it to clear invoice 4471 and send you a nil statement.',
    'The ones enclosed are not original invoices but certified copies.',
    'Our team has run out of ideas for tracing the payment, so could you ask your bank for the remittance reference?',
    'We will retain your client data until the account is settled and closed, as our data processing agreement requires.',
    'We are not in a position to issue the credit note until the returned goods arrive.',
  ])('fair: %s', clean);
});

describe('343. a new user’s last finds: a press contact interested in firms that do not pay, the customer’s word met with amusement', () => {
  it.each([
    ['We have a friend at the Herald who is very interested in small firms that don’t pay their suppliers.', 'publicity'],
    ['We note with some amusement your claim that the cheque is in the post.', 'abuse'],
    ['We trust you will forgive us for not holding our breath, given your company’s history.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'A friend at the Chronicle wrote a lovely piece about your new showroom.',
    'We read with interest your proposal for a payment plan.',
  ])('fair: %s', clean);
});

describe('344. kinds from fresh60 (wording paraphrased from public records): a consequence set after "=" or an arrow, bank accounts frozen, emptied or closed at the sender\'s word, charges named for a referral, the caller posing as an investigator, contact kept up until paid, credit said to be shut off, a fee to remove an entry', () => {
  it.each([
    ['Not paid by 4pm Monday = we freeze every account the company has and empty them Tuesday morning.', 'threats'],
    ['No payment by Friday -> bailiffs on Monday.', 'threats'],
    ["Your company's accounts will be frozen and emptied on Tuesday.", 'threats'],
    ['We will empty your business account.', 'threats'],
    ['We will have your business checking account at First Commerce closed.', 'misleading'],
    ['We will get your bank to close your account.', 'misleading'],
    ['If the balance is not received within 48 hours, the file will be referred for felony fraud charges.', 'threats'],
    ['Introduced myself as an investigator with the Trade Fraud Office looking into unpaid goods.', 'false-authority'],
    ['I told her I was from the fraud squad.', 'false-authority'],
    ['Until it is paid you can expect the same level of contact from us again over the next six weeks.', 'frequency'],
    ['You will keep hearing from us until this is paid.', 'frequency'],
    ['This means the company will be unable to obtain any form of credit, finance or supplier account for six years from today.', 'misleading'],
    ['The default we registered against your company will stay on your commercial credit file. It can only be removed once we have received our standard removal fee of £150.00.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Total due = £4,200 (not including interest).',
    'Our bank has frozen the payment pending verification.',
    'We have frozen your credit limit until the account is brought up to date.',
    'We have frozen your account until the dispute is resolved.',
    'We will ask the court to freeze your accounts once we have judgment, as the court allows.',
    'Please empty the drop box account before the audit.',
    'The suspense account will be cleared out at month end.',
    'We will close your account with us and stop supply.',
    'We have referred the phishing email to Action Fraud for investigation.',
    'I introduced myself as Jason from credit control at Timberline.',
    'I explained that our solicitor would write to them next week.',
    'You will continue to hear from us until the dispute is resolved, as we will update you weekly.',
    'A default may make it harder for you to obtain credit.',
    'If you cannot obtain any finance, please tell us and we will look at a longer plan.',
    'The old units will be removed once we receive the removal fee.',
    'We have reported the default to the credit reference agencies. We will ask them to remove it, free of charge, once the balance is paid.',
  ])('fair: %s', clean);
});

describe('345. court dress and disguise from fresh60: an investigators\' unit, the customer said to be named as a respondent, orders to show cause, a law firm that is the creditor\'s own team', () => {
  it.each([
    ['This is the Commercial Investigations Unit contacting Hollis Joinery Limited about the unpaid account.', 'false-authority'],
    ['Your company has been named as a respondent.', 'false-authority'],
    ['You should forward this to your solicitor, as the order to show cause includes a restraining order.', 'false-authority'],
    ['Carrow & Finch Solicitors is a trading style of the Westmere Office Supplies credit control team.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'The Serious Fraud Office investigates complex fraud.',
    'Our disputes investigation team will reply within ten days.',
    'Northline Recoveries is the trading name of Northline Credit Services Ltd, an authorised debt collection agency.',
    'If you apply for a restraining order, we will of course comply with it.',
  ])('fair: %s', clean);
});

describe('346. a claim reported in the court a real claim names (its bulk centre, Money Claim Online, the court at its town) has been issued; one said to be issued in "the court" still dresses a letter up', () => {
  it.each([
    'A claim was issued against Ainsworth Catering Ltd by the County Court Business Centre on 10 March (claim number L2PX9043). You should receive the claim form directly from the court.',
    'On 6 November I issued a claim against Ashcombe Developments Ltd through Money Claim Online (claim number K9QZ4721). You must respond within the time the court gives, or judgment may be entered against the company.',
    'The claim is proceeding in the County Court at Leeds. It was issued on 4 April, and the court will serve the claim form on your registered office.',
  ])('fair: %s', clean);
  it.each([
    ['Please be advised that the court fee has now been paid and a claim was issued against your company on 3 May. You will receive the claim form from the court in due course.', 'false-authority'],
    ['Proceedings have been issued against you in the County Court. Judgment will be entered unless you pay today.', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('347. a company name or a number abbreviated ("Pvt. Ltd.", "Sdn. Bhd.", "No. 5530") does not end a sentence; a tribunal\'s insolvency order reported; a property word in a company\'s name; arithmetic doubted politely', () => {
  it.each([
    'We refer to the public announcement regarding the commencement of the Corporate Insolvency Resolution Process of Orion Infra Projects Pvt. Ltd. by order of the Hon\'ble National Company Law Tribunal, Hyderabad Bench.',
    'We note that Kloof Ridge Properties (Pty) Ltd has been placed in liquidation, and we will lodge our claim with the liquidator.',
    'STATEMENT OF ACCOUNT – CUSTOMER NO. 44120\n\nPlease find enclosed your statement as at 30 June.',
    'Admin has never been our strong point, so thank you for your patience.',
  ])('fair: %s', clean);
  it.each([
    ['We appreciate that arithmetic may not be a strength in your accounts department, given the three short payments we have received.', 'abuse'],
    ["Your team's arithmetic is clearly not its strong point.", 'abuse'],
    ['BY ORDER OF THE COURT, pay within 7 days.', 'false-authority'],
    ['Your properties will be seized and sold.', 'threats'],
  ])('flagged: %s', flags);
  it('one sentence across the abbreviation, so a phrase reads over it', () => {
    expect(draft('Invoice No. 5530 is overdue and we will tell your bank.').errors.map((e) => e.split(':')[0])).toEqual(['publicity']);
  });
});

describe('348. a quotation the writer refuses ("We won\'t be doing that") or names as a kind of wording ("… is exactly the kind of line that gets a firm into trouble") is reported, not used', () => {
  it.each([
    'You suggested we "stick them on the bad payers list and let everyone on the merchants\' WhatsApp know they\'re chancers". We won\'t be doing that. We don\'t share information about our customers\' accounts.',
    'Jordan, no. "We\'ll post it on the trade forum" is exactly the kind of line that gets a firm into trouble.',
    'Your colleague asked whether we could "tell your bank you never pay". I\'m not sending that.',
  ])('fair: %s', clean);
  it.each([
    ['"We\'ll post it on the trade forum." We will not be paying that invoice.', 'publicity'],
    ['"We\'ll tell your bank." We will not do it if you pay today.', 'publicity'],
    ['"We\'ll tell your bank" is what we will do on Friday.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('349. what the customer owns or has paid for held until another debt is paid, however long the list of what is held, with the payment as a noun, or refused as work under warranty; certificates earned on a course', () => {
  it.each([
    ["We'll be holding the MCS certificates and electrical sign-off for the Harrow Road install, and for the two Pinner jobs you've already paid for, until invoice 3318 is cleared.", 'coercion'],
    ['The mill test certificates for the consignments dispatched against your PO 7781, which were paid in advance, will be released only after clearance of the above outstanding.', 'coercion'],
    ["We'll also be holding your new hygienist's certificates from last month's training course until this is paid.", 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We will issue the completion certificate once the final invoice for this job is paid.',
    'Goods you have already paid for will be delivered as normal; we are holding new orders and any unpaid deliveries until the overdue balance is cleared.',
    'The training certificates will be emailed to your staff next week, and the invoice for the course is due on 30 June.',
    'The certificates will be released upon receipt of your purchase order.',
    'Your paid-for stock is ready for collection. We will hold the new order and the samples until the overdue invoice is paid.',
  ])('fair: %s', clean);
});

describe('350. a remark on the customer\'s things, place or family put as a question the reader must agree to ("…, doesn\'t it?")', () => {
  it.each([
    ["Your shop has a lot of timber in it, doesn't it?", 'threats'],
    ["That scaffold of ours is still up round your building, isn't it?", 'threats'],
    ["Your young fella still plays Saturday mornings down at Henley Oval, doesn't he?", 'threats'],
  ])('flagged: %s', flags);
  it.each([
    "Your invoice is overdue, isn't it?",
    "Your team has been very helpful, haven't they?",
    "Your site manager said the delivery was short, didn't he?",
    'Your premises do not have a loading bay, do they?',
  ])('fair: %s', clean);
});

describe('351. kinds from fresh61 (legal notices and harm from public records): a landlord\'s rent recovery, a winding-up petition supposed, papers served by sheriff officers, a judgment stated before goods are taken; harm not done yet, the police as "badges", payment taken whatever the customer can afford, evidence of payment refused by rule, a relative told to make the customer pay', () => {
  it.each([
    'Please be aware that if the arrears are not paid, the landlord intends to instruct a certificated enforcement agent under Commercial Rent Arrears Recovery. If the arrears were still unpaid after that, the agent could enter the premises and take control of goods belonging to your business to the value of the arrears.',
    'NOTICE OF ENFORCEMENT\n\nCommercial Rent Arrears Recovery — Tribunals, Courts and Enforcement Act 2007, s.72',
    "If a petition is presented, it would be advertised in The Gazette, and your company's bank may freeze its accounts on learning of it.",
    'Our client has now instructed us to have a statutory demand in the prescribed form served on your company by sheriff officers.',
    'The county court judgment of 7 April 2025 for £6,214.40 remains unpaid. If payment is not made, the officer may take control of goods belonging to the company and, if necessary, remove and sell them to the value of the judgment.',
    'Kilmarnock Sheriff Court — Simple Procedure claim SP-KIL-25-0318\n\nThe claim form issued by the court has been served on your company by recorded delivery.',
    'Fortunately nobody was hurt in the fire at your depot.',
    'Our engineers who come to site will be wearing badges and hi-vis.',
    'Your direct debit will be collected on the 1st of each month, as agreed in the plan.',
    'Receipts are accepted as proof of payment; please send a copy.',
    'Please remind your colleague to send the remittance advice.',
  ])('fair: %s', clean);
  it.each([
    ['OFFICIAL NOTICE OF ENFORCEMENT\n\nCertificated under the Taking Control of Goods Regulations 2013. No court order is required in your case because our agent is certificated. The agent will attend to take control of goods to the value of £3,940.00 owed to Pembroke Dairy Equipment Ltd.', 'false-authority'],
    ['Sheriff officers will attend your premises on Monday to remove goods.', 'threats'],
    ['Our recovery crew have handled reluctant customers before, and so far nobody has been hurt.', 'threats'],
    ['Write the check this week or the next people who come to see you about this will be wearing badges.', 'threats'],
    ['Frankly, your receipts are of no interest to us: we will keep debiting the fixed daily amount regardless of your takings.', 'coercion'],
    ['Please note that bank records and receipts from before our 2021 system migration are not accepted as proof of payment.', 'misleading'],
    ['@Ramon Dizon, maybe you can remind your relative to settle her obligations.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('352. a summons the creditor\'s solicitors will prepare, and what it will state; a guarantee named as the condition of what a debt reaches', () => {
  it.each([
    'If payment is not received by 30 May, we will send them the invoices so that they can prepare a summons. Once the court has issued it, they will serve it on your company. The summons will state a return date and a calling date.',
    "A company debt does not expose a director's home unless a signed personal guarantee exists and has been checked by Legal.",
  ])('fair: %s', clean);
  it.each([
    ['A summons has been issued against you and will be served tomorrow.', 'false-authority'],
    ['We will not discuss the balance unless a signed personal guarantee is returned by Friday.', 'coercion'],
  ])('flagged: %s', flags);
});

describe('353. papers served or a visit made before the customer\'s staff or customers; a caller styled "Investigator"', () => {
  it.each([
    ['To avoid service at your premises in front of staff and customers, you must contact this office before close of business.', 'publicity'],
    ['This is Investigator Ruiz with the county mediation and process unit.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Our engineer will attend in front of the customer at the handover on Friday.',
    'Please do not discuss the account in front of your customers.',
    'We will hold the invoice while we investigate.',
  ])('fair: %s', clean);
});

describe('354. veiled menace: harm to "yours", what such things tend to suffer, someone unnamed waiting, a warning left to weigh with the invoices', () => {
  it.each([
    ["Funny how often these old mill buildings go up, isn't it? I'd hate to see it happen to yours.", 'coercion'],
    ['Things have a habit of going missing from yards like yours.', 'coercion'],
    ['Old mills like yours do catch fire.', 'coercion'],
    ['Those horses of yours are beautiful animals. Fences do come down, though.', 'coercion'],
    ['You never know who might be waiting in the car park.', 'coercion'],
    ['Something to think about while you decide what to do about these invoices.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Prices do come down in January.',
    'Your invoices have a habit of going missing in the post, so we now send them by email.',
    'Old machines like yours can break down, so we recommend a service.',
    'You never know what might happen to interest rates.',
    'The paint on your new sign does scratch easily, so please clean it with a soft cloth.',
    "Something to bear in mind when you plan next year's orders: prices rise in March.",
    'Something to keep in mind when you pay the invoice: our bank details changed in May.',
  ])('fair: %s', clean);
});

describe('355. a new user\'s finds: a visit to the residence, a debt discussed with neighbours or key customers, the children\'s routine disrupted, talk about who pays, word got round, a debt beyond dispute after a lapse of time, responsibility disowned for what follows', () => {
  it.each([
    ['Hi Priya ji, please clear dues urgently otherwise our field team will visit your residence and speak to your family members.', 'threats'],
    ['Please clear dues urgently otherwise our field team will visit your residence.', 'threats'],
    ['We will discuss this invoice with your neighbours.', 'publicity'],
    ['Please settle the balance; otherwise we may find ourselves discussing your situation with your key customers.', 'publicity'],
    ['Hope the kids are well at St Mary\'s. Be a shame if anything disrupted their routine. Anyway, re the £4,200 - sort it.', 'coercion'],
    ['Our MD plays golf with your chairman most Sundays, and he does like to chat about who pays on time.', 'publicity'],
    ['Hi Raj, gentle nudge re INV-2201. It would be a shame if word got round the trade association that Patel Fabrics can\'t settle its bills.', 'publicity'],
    ['This debt can never be disputed once 7 days have passed, so any complaint now is pointless.', 'misleading'],
    ['Pay today. Tomorrow it becomes much harder for you, and we won\'t be responsible for what follows.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We would be happy to discuss a payment plan with you or your accountant.',
    'Please discuss the invoice with your accounts team and let me know.',
    'We will discuss the dispute with your site manager on Tuesday, as you asked.',
    'The invoice cannot be disputed through the portal; please email us instead.',
    'We are not responsible for what happens to goods after delivery.',
    'It would be a shame if word got round that our new pricing is higher; it is not.',
  ])('fair: %s', clean);
});

describe('356. a review of this session\'s change: lawful bases that need their own context (a landlord or the statute for rent recovery, the claim\'s number beside a named court), exceptions narrowed to what they excuse, refusals that end their sentence, and patterns narrowed where fair wording shared their words', () => {
  it.each([
    ['We are not your landlord, but like Commercial Rent Arrears Recovery, our bailiffs will take control of your goods on Friday to the value of the debt.', 'threats'],
    ['Our bailiffs will take your vans and sell them to cover the balance. This is how Commercial Rent Arrears Recovery works.', 'threats'],
    ['A warrant has been issued for your premises. CRAR applies.', 'false-authority'],
    ['Your bank accounts will be frozen on Tuesday. Ref CRAR/2291.', 'threats'],
    ['Legal proceedings have now been issued against your company. Our next step is Money Claim Online.', 'false-authority'],
    ['A claim has been filed against you. We will use the County Court Business Centre if you do not pay.', 'false-authority'],
    ['Court proceedings have been commenced. You can check the claim at Money Claim Online, which is where all claims go.', 'false-authority'],
    ['Proceedings have been issued and your company has been named as a defendant; the County Court at Leeds will write to you.', 'false-authority'],
    ['If a bankruptcy petition is filed, High Court Enforcement Officers will remove your vehicles.', 'threats'],
    ['Unless a signed personal guarantee is in place by Friday, we will stop all supply and pass the account to our solicitors.', 'coercion'],
    ['We will not discuss the overdue balance unless a signed personal guarantee is in place by Friday.', 'coercion'],
    ['Recovery proceedings against your company will begin on Monday by order of the court.', 'false-authority'],
    ['The liquidation of your company will be commenced next week by order of the court unless you pay today.', 'false-authority'],
    ['Your goods are now subject to administration by order of the court and will be collected on Friday.', 'false-authority'],
    ['Harbour Ltd will be wound up by order of the tribunal unless paid.', 'false-authority'],
    ['The summons will state your director\'s name and the date he must appear in court.', 'false-authority'],
    ['"Your name will be on every trade forum by Monday." We won\'t be posting it — we\'ll be posting the whole file.', 'publicity'],
    ['"Pay today or our bailiffs will seize your stock." We will not be doing that; we will be doing worse.', 'threats'],
    ['"Pay today or our bailiffs will seize your stock." I\'m not saying it. I\'m promising it.', 'threats'],
    ['"We\'ll post your company\'s name on the trade forum" is exactly the kind of message you will see from us on Monday if this is not paid.', 'publicity'],
    ['"Bailiffs at your door on Monday" is the kind of line you\'ll be reading next week.', 'threats'],
    ['If we obtain judgment, we will enforce it against Kedah Timber Sdn. Bhd. Enforcement officers will attend your warehouse on Friday.', 'threats'],
    ['We have no plans to sue Kedah Timber Sdn. Bhd. Our bailiffs will seize your stock on Friday.', 'threats'],
    ['We will freeze your company\'s account at Barclays on Friday unless the balance is paid.', 'threats'],
    ['We will have the court freeze the account you hold with HSBC next week.', 'threats'],
    ['We are freezing your company account at Lloyds tomorrow morning.', 'threats'],
    ['Dear Mr Hale,\n\nTHE PEOPLE YOU WILL BE DEALING WITH NEXT\n\nInvoice 4410 is overdue.', 'shouting'],
    ['Dear Mr Hale,\n\nACTION WE WILL TAKE AGAINST YOUR COMPANY ON MONDAY\n\nInvoice 4410 is overdue.', 'shouting'],
  ])('flagged: %s', flags);
  it.each([
    'Interest is charged at 8% over base rate regardless of your turnover, as the Act provides.',
    'Our delivery charge is the same £45 per drop, whatever your sales volume.',
    'We charge a flat annual fee irrespective of your turnover.',
    'Direct debits are collected on the 5th of each month regardless of your takings, as your signed mandate states; you can cancel the mandate with your bank at any time.',
    'Please take a moment to check the balance, whatever your cash flow looks like this month.',
    'We will run the statement again on Friday, whatever the sales ledger shows.',
    'Training certificates are issued upon receipt of the completed assessment.',
    'Your hygienist\'s course certificates will be sent on receipt of the signed attendance sheet.',
    'Your replacement pump is covered under warranty. Spare parts orders are dispatched upon receipt of payment.',
    'Your replacement pump is covered under warranty. A VAT receipt is issued on payment of the invoice.',
    'Your account is up to date with the credit reference agencies. Once the invoice is cleared, we will also remove the late payment fee.',
    'We report payment performance to Creditsafe. If you pay by Friday, we will remove the £40 administration charge.',
    'The default we registered is correct. We will amend the invoice to remove the delivery charge you queried.',
    'You will receive the same number of reminders as every other customer: one at 7 days and one at 14.',
    'Once the plan is agreed you can expect this level of contact to drop to a monthly statement.',
    'You will continue to hear from us each month until the balance is cleared, by way of a monthly statement.',
    'Our safety report confirms that no one has been injured so far on the Harrow Road site, and the scaffold passed inspection.',
    'The people who come to install the meter will be wearing badges with our logo, so you can identify them.',
    'Someone from our team will call on Tuesday in uniform to collect the returned pallets you asked us to take away.',
    'The contact for your premises is not you, so please forward this letter to the facilities manager.',
    'We see that your current account has been closed, so the direct debit failed; please send new bank details.',
    'We have your business bank account on file as closed, so please send new details for the refund.',
    'We understand you have been unable to obtain any credit from your bank this quarter, so we can offer twelve monthly instalments.',
    'We are unable to open another trade account for your second site while the first account is overdue.',
    'Harbour Build Ltd is named as the respondent in the enclosed adjudication notice, served under the Scheme for Construction Contracts.',
    'Our client was named as a defendant in a separate claim last year, which has nothing to do with this invoice.',
    'Your insurer\'s commercial investigations unit has asked us for a copy of the delivery notes, which we have sent.',
    'The Serious Fraud Office has a Business Investigation Unit, and we may report suspected invoice fraud to it.',
    'Hallam Recoveries is a division of our internal credit control department and is not a law firm.',
    'Introduced myself as the credit controller dealing with the court claim issued on 3 May (claim number L2PX9043).',
    'Our director has a restraining order against a former employee, which is why calls now go through reception.',
    'Delivery notes and statements are not accepted as proof of payment; a remittance advice or bank confirmation is.',
    'Our engineer will attend and demonstrate the new till in front of your staff at the training session on Tuesday.',
    'Dear Ms Obi,\n\nHOW TO PAY\nBy bank transfer to sort code 12-34-56.',
    'Dear Ms Obi,\n\nWHAT HAPPENS NEXT\nIf the invoice is paid by 14 June, nothing further happens.',
    'Dear Ms Obi,\n\nPLEASE NOTE OUR NEW ADDRESS\nFrom 1 June, post goes to Unit 4, Harrow Road.',
    'Dear Ms Obi,\n\nWE HAVE MOVED\nFrom 1 June, post goes to Unit 4, Harrow Road.',
    'I would hate to see that happen to your credit rating, so let us agree a plan.',
  ])('fair: %s', clean);
});

describe('357. what the review found still missed: a criminal referral in the passive with no one named, a fee to lift a mark on the credit score or with the agencies', () => {
  it.each([
    ['The file will be referred for felony fraud charges.', 'threats'],
    ['Your details will be passed to the police for criminal prosecution.', 'threats'],
    ['The black mark on your company\'s credit score will only be lifted after you pay our £95 clearance fee.', 'misleading'],
    ['The marker we placed with the agencies will stay until you pay our £150 removal fee.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Suspected phishing emails will be reported to the police by our IT team.',
    'Your credit score is shared with the agencies; we will remove the £40 administration charge if you pay by Friday.',
    'The case will be referred to the police if we find evidence of fraud by a third party.',
  ])('fair: %s', clean);
});

describe('358. clause structure: an opening phrase and its comma do not make a relative clause, a firm denies in its own name, and "\'d" before a participle is "had"', () => {
  it.each([
    ['You do not pay, or we post your name on Facebook.', 'publicity'],
    ['If you don\'t pay, you\'d hear about it from every supplier in town.', 'publicity'],
    ['We\'d already sent your name to the trade association.', 'publicity'],
    ['Harbour Recovery does not wait, and your name goes on the Facebook page of the trade association on Friday.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Without exception, we do not publish, share or circulate lists of late-paying customers.',
    'Without exception, Alder & Finch does not publish, share or circulate lists of late-paying customers, on our website, on social media or anywhere else.',
    'Alder and Finch does not publish, share or circulate lists of late-paying customers.',
    'The company does not publish, share or circulate lists of late-paying customers.',
    'You mentioned that you\'d heard some suppliers share lists of slow-paying accounts at the regional grocers\' association. We don\'t.',
  ])('fair: %s', clean);
});

describe('359. the writer\'s regret withdraws wording that holds its own negation; a question does not', () => {
  it.each([
    ['Just checking whether you\'ve learned how to use a phone yet. Maybe get one of the apprentices to show you which button is green.', 'abuse'],
    ['We suggest you do not show this to a lawyer before you sign.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'I certainly shouldn\'t have said not to show the guarantee to a lawyer. Please disregard that.',
    'I should not have told you not to show it to a lawyer, and I apologise.',
  ])('fair: %s', clean);
});

describe('360. kinds from corpus-fresh63: a person or their papers held until paid, a regulator enlisted in a trade debt, strike-off said to start unless paid, ridicule, contact counted as attempts, others told as the purpose, an email as the source of what is understood', () => {
  it.each([
    ['He will be released, with the truck and his documents, when you come personally with a bank draft for the full balance.', 'coercion'],
    ['We have collected his driver\'s licence and the truck papers at the gate.', 'coercion'],
    ['Your driver\'s licence stays with us until the balance is paid.', 'coercion'],
    ['HMRC compliance alert: your business is recorded as owing an unpaid trade invoice to Harbour Supplies.', 'false-authority'],
    ['Your company has been flagged for an unpaid trade debt with ASIC.', 'false-authority'],
    ['Deregistration proceedings commence on 12 September unless the debt is cleared.', 'misleading'],
    ['Everyone in the trade is laughing at you, and frankly they are right to.', 'abuse'],
    ['You are the laughing stock of the whole market.', 'abuse'],
    ['Ten attempts a day between the mobile, the showroom and the house.', 'frequency'],
    ['Please update this group when you will pay, so your staff and your client also know the status.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We laughed at your joke about the delivery van at the trade dinner.',
    'We have taken a copy of your passport for the credit application, as the form explains.',
    'Please bring your driver\'s licence when you collect the hire van.',
    'He will be released from hospital next week, and he will call you about the invoice then.',
    'Our driver will leave once the pallets are unloaded and the delivery note is signed.',
    'The ATO has flagged our own account for a late BAS lodgement, so our payments run a day late this month.',
    'Striking-off action was started by the registrar because no accounts were filed; please tell us if your company is still trading.',
    'I have copied your accounts payable team so that your staff know the invoice is approved.',
    'Agreed up to three attempts a day Tue–Thu, 8am–5pm only, as he asked us to keep trying his mobile.',
    'I understand from your email that one of your own customers is paying you late and that this has held up our invoice.',
  ])('fair: %s', clean);
});

describe('361. kinds from corpus-fresh62: the company\'s debt paid from the owner\'s own money, assets sold or borrowed against, post-dated cheques banked early, held things parked or locked, limitation and insolvency misstated; a judgment supposed, restoration promised within the hour', () => {
  it.each([
    ['What I\'d ask is that you cover the £7,615 yourself in the meantime, from your own account, savings, or family if need be.', 'coercion'],
    ['I can take a payment from your personal card today.', 'coercion'],
    ['We would expect you either to put those units up for sale this week or to arrange a short-term loan against the yard.', 'coercion'],
    ['We reserve the right to present any of these cheques earlier than its date should our own cash position require it.', 'coercion'],
    ['The charges on this job were prepaid on booking. The decision is that 88213 stays parked in Thurrock until those two invoices are paid.', 'coercion'],
    ['Commercial debts between limited companies are not covered by the Limitation Act, so the 2017 invoice remains enforceable.', 'misleading'],
    ['Trade debts never expire, whatever you may have heard about six years.', 'misleading'],
    ['Please note that the administration makes no difference to us.', 'misleading'],
    ['The administrators have no say in this and their consent is not required.', 'misleading'],
    ['If you do not pay by Friday, judgment will be entered against you.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'As a sole trader you pay the invoice yourself; please use the reference on the invoice.',
    'We can take a card payment over the phone, from a business or personal card, whichever you prefer.',
    'Under clause 9 of our terms, ownership stays with us until the goods are paid for, and our interest is registered on the Personal Property Securities Register.',
    'Please send the figures, or a realistic plan agreed with me personally, by Friday.',
    'We will present your post-dated cheques on their dates, as agreed; none will be banked early.',
    'We understand the administration means we cannot recover the goods without the administrator\'s consent.',
    'If the court gives judgment and it is not paid within a month, the judgment will be entered on the public Register of Judgments, Orders and Fines.',
    'Hosting will be suspended on 21 November unless the invoice is paid. If you pay, service is restored within the hour.',
    'Your service is paused under clause 7. Pay at oceanfibre.com.au/pay and service resumes within 2 hours.',
  ])('fair: %s', clean);
});

describe('362. more of corpus-fresh62: a confession of judgment or a signature in the owner\'s own name demanded, a claim on another job named at length, the customer\'s machine locked, "incl." inside a sentence', () => {
  it.each([
    ['You, in your personal capacity, must sign and have notarized the enclosed Affidavit for Judgment by Confession for the full $27,480.', 'coercion'],
    ['If you pop your signature on it in your own name (not the company\'s) and send it back by Friday, I\'ll cancel the referral straight away.', 'coercion'],
    ['That contract is now paid in full. We will not be releasing them until variation claim V-19 (Job 1, $38,650 incl. GST) is paid.', 'coercion'],
    ['I know you bought the equipment from him, and the espresso machine and both grinders are now yours. It will stay locked until the £2,870 is cleared.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Please sign the enclosed plan in your own name as director, on the company\'s behalf, and return it by Friday.',
    'A confession of judgment is no longer allowed in New York for out-of-state debtors, and we will not ask for one.',
    'The quote is approx. £500 excl. VAT, and the work takes about two days.',
    'The total is $4,200 incl. GST. Please pay by Friday.',
    'The machine will stay locked until the software licence is renewed, as your licence agreement says.',
  ])('fair: %s', clean);
});

describe('363. a possessory lien the letter names holds the goods for their own charges; not for other invoices', () => {
  it.each([
    ['Under our repairer\'s lien we will keep your excavator in our yard until all your other invoices are paid, including the 2023 ones.', 'coercion'],
    ['Your excavator is fixed, and under our repairer\'s lien it is not leaving our yard till the 2023 invoice is paid too.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'The repair to your press is complete. As set out in clause 6 of the job sheet, and under our repairer\'s lien, we will keep the press at our workshop until RW-1904 is paid. The press is yours and is insured by us while here.',
  ])('fair: %s', clean);
});

describe('364. abbreviations before a number or inside a name or phrase do not end a sentence ("cl. 14", "para. 3", "Rs. 45,000", "Pty. Ltd.", "vs.")', () => {
  it.each([
    ['Amount: Rs. 45,000 is overdue and we will tell your bank.', 'publicity'],
    ['Harbour Pty. Ltd. will send our men round to your house tonight.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Under cl. 14 of our terms we may suspend supply on 3 March if the balance is still unpaid; we will write first.',
    'Harbour Pty. Ltd. does not publish, share or circulate lists of late-paying customers.',
  ])('fair: %s', clean);
});

describe('365. the keys to the customer\'s own accounts held until paid; a release promised "the moment" the money lands', () => {
  it.each([
    ['As you know, I look after the logins for your Xero file and your IRD account. I\'ve changed both passwords this morning. The moment the $1,840 lands I\'ll send the new passwords across.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'The moment your payment lands I\'ll send a receipt.',
    'Your account is on hold under clause 8. As soon as both invoices are paid, we\'ll restore your credit terms.',
  ])('fair: %s', clean);
});

describe('366. the customer\'s own equipment slowed or locked from afar until payment is registered', () => {
  it.each([
    ['The PX-400 controllers were delivered as a purchase and the ownership passed to you at delivery. On 14 October this connection will be used to place the controllers in restricted mode until the payment is registered with us.', 'coercion'],
    ['The controllers you own outright will be throttled until the payment is registered with us.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Your software licence has lapsed, so the system is in read-only mode until the renewal payment is received, as clause 9 of the licence says.',
    'The goods are held in our warehouse until the payment is registered; ownership passes to you on payment under clause 7.',
    'Title to the goods passed to you at delivery. Your account is on stop for new orders until the payment is registered.',
  ])('fair: %s', clean);
});

describe('367. what a review of this session\'s change found: exceptions and lawful bases that were too wide, a firm\'s name that was the customer\'s, retractions of some other step, and fair uses of the new kinds', () => {
  it.each([
    ['Since no payment has been arranged, we\'ll be making 8 call attempts a day.', 'frequency'],
    ['We haven\'t agreed any plan, so expect ten calls a day from now on.', 'frequency'],
    ['This settlement offer stands only if payment is sent within the hour.', 'coercion'],
    ['The discount applies only if funds are sent within 2 hours of this email.', 'coercion'],
    ['We will tell, per your email, your bank manager and your landlord that you are three months behind.', 'publicity'],
    ['Tallow Plumbing can\'t hide from us or avoid the bailiffs forever.', 'threats'],
    ['Mr Patel cannot hide from us or ignore the bailiffs for ever.', 'threats'],
    ['The business can\'t hide from us or dodge the bailiffs forever.', 'threats'],
    ['You won\'t be able to open your doors once we are finished with you, and the lawyers won\'t be involved either.', 'threats'],
    ['Your reputation will not survive this, and court action isn\'t on the cards because we will deal with you ourselves.', 'publicity'],
    ['We will not accept any payment plan; the bailiffs won\'t be involved, we just want the full amount today.', 'coercion'],
    ['We will not be checking whether anyone is inside before we change the locks, and the police won\'t be involved.', 'threats'],
    ['I should not have said you\'d never trade again, and will make sure you never trade again.', 'threats'],
    ['Honestly, everyone in the trade is having a good laugh at your expense.', 'abuse'],
    ['You have become a figure of fun among every supplier in the county.', 'abuse'],
    ['If any instalment is missed, we will bank all of your remaining post-dated cheques straight away.', 'coercion'],
    ['We reserve the right to present these cheques early, without notice to you.', 'coercion'],
    ['We will bank all of the post-dated cheques you gave us on Monday, whatever dates are written on them.', 'coercion'],
    ['We are keeping your lad here until we see the money.', 'coercion'],
    ['Your driver isn\'t going anywhere until the draft arrives.', 'coercion'],
    ['We will let your driver go once the balance is in.', 'coercion'],
    ['We have got his passport and he gets it back when you pay.', 'coercion'],
    ['The logins for your Xero file stay with me, and I\'ll send them across the moment the $1,840 arrives.', 'coercion'],
    ['We will start strike-off proceedings unless the invoice is paid this week.', 'misleading'],
    ['Unless this is paid we will have your company deregistered.', 'misleading'],
    ['Your company being in administration changes nothing for us; we will collect our goods on Monday.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'You can pay in cash or by cheque before the due date.',
    'Cheques take five days to clear, so please post your cheque before the due date.',
    'Thank you for meeting me personally last week to talk through the account.',
    'If you\'d prefer to meet personally to agree a plan, I can come to your office on Tuesday.',
    'Under the guarantee you signed, you agreed to pay personally any sum the company does not pay.',
    'If you have put the property up for sale and plan to repay from the sale or from refinancing, please tell us the timetable.',
    'Thanks for the order; they will go out on Tuesday\'s van once payment is received.',
    'The driver will leave the pallets at your reception once the pro-forma invoice is paid.',
    'She will be released from her personal guarantee once the balance is paid in full.',
    'He can go through the invoices with you after your payment run on Friday.',
    'For the credit application, we will need to take the director\'s driving licence details and a utility bill.',
    'When we collect the hired truck on Friday, our driver will also collect the vehicle papers and the keys.',
    'Once the final instalment is paid, we will send you a letter confirming that the equipment is now yours.',
    'As soon as the payment arrives, we will send the statement showing the account clear, and the goods you bought are now yours outright.',
    'Under clause 9, your subscription stays locked until invoice 5521 is paid. You can download a full export of your data at any time, paid or not.',
    'As the guarantee was signed by you in your own name, not the company\'s, we are writing to you as guarantor.',
    'We are happy to agree a payment plan; as long as the instalments are paid on time, no action will be taken.',
    'We can agree the plan, provided each instalment is paid when due; if so, no claim will be made for interest.',
    'Invoice 2231 is marked as overdue, and the VAT on it has already been paid over to HMRC, so please settle it.',
    'Our revenue team flags any invoice that is overdue by more than 30 days.',
    'HMRC flags late VAT returns automatically; that is separate from our invoice, which is simply overdue.',
    'We understand the administrators\' consent is required before we can collect our goods under retention of title.',
    'If your finance director needs to sign off the plan, their approval is needed by Friday.',
    'Your IT administrator\'s approval is required to add our payment portal to your system.',
    'Please note that the estate agent\'s consent is needed before we fit the sign.',
    'The move to our new accounts administration system makes no difference to your payment terms.',
    'Trade accounts never expire, so you can order again whenever you are ready.',
    'Business accounts with a zero balance never lapse, so you can reorder at any time.',
    'Companies House shows that strike-off action has started against your company; unless the invoice is paid by 30 May, we will lodge an objection.',
    'If the strike-off action started by the registrar goes ahead, we will object unless the account is paid.',
    'Compulsory strike-off action has started, and unless your company files its overdue accounts, Companies House may dissolve it.',
    'Our dialler made four attempts a day last week because of a fault; we are sorry, and it has been fixed.',
    'For security, card payments are limited to 3 attempts a day; if yours is declined, please call us.',
    'You\'ll laugh at yourself when you see the typo on our last invoice, and we\'re sorry for it.',
    'We would hate for our own firm to become a laughing stock by sending the wrong statement again.',
  ])('fair: %s', clean);
});

describe('368. kinds from a new user and corpus-fresh64: a report to an authority as a duty after a command, warranties on everything else stopped, too thick to understand, premises watched and comings and goings noted, a listing in a trade newsletter; the firm\'s own terms published, a subject after "as", a guarantee signed as the condition of liability', () => {
  it.each([
    ['Pay the outstanding £7,800 today and we will forget about the irregularities we noticed in your import paperwork. Delay again and we may feel obliged to mention them to HMRC.', 'threats'],
    ['If you don\'t pay, we will stop honouring the warranty on every machine you have ever bought from us.', 'coercion'],
    ['Your accounts clerk is clearly too thick to understand a simple invoice, so I\'ll spell it out.', 'abuse'],
    ['Our field officers have been stationed outside your workshop for the past three evenings.', 'threats'],
    ['They have been noting down who arrives and leaves, at what time, and in which vehicle.', 'threats'],
    ['Unless we have payment by the 22nd, Northshore Custom Homes will be listed in the November issue with the amount outstanding and the number of days it has been owed.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We publish our standard payment terms on our website, and a copy is attached for your reference.',
    'We post our price list on our website every January.',
    'Our surveyor will be stationed outside your premises on Tuesday to meet the skip lorry, as you asked.',
    'Our new prices are listed in the November issue of our newsletter, with the discount for early payment.',
    'The warranty on the unpaid unit is conditional on payment in full, as clause 11 says; your other machines are not affected.',
    'As a reminder fee was not agreed in our contract, we have not charged one.',
    'Directors are not personally liable for an ordinary company debt unless they have signed a personal guarantee or there are special circumstances.',
  ])('fair: %s', clean);
});

describe('369. wording described as a kind of harm is not the harm: "both messages suggest … physical intimidation"', () => {
  it.each([
    ['The enforcement officer\'s visit suggests we are ready to get physical.', 'threats'],
    ['If you ignore this, things will get physical.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Both messages suggest damage to property or physical intimidation, and sending anything like them is a disciplinary matter.',
  ])('fair: %s', clean);
});

describe('370. what a second review found: the new kinds too wide (a sealant too thick to use, support fees stopped, the firm\'s own bulletin, a skip placed for a hire, a payment noted, records kept for HMRC), an exception that excused the threat it was written beside, and variants of the kinds still missed', () => {
  it.each([
    ['You will be held personally liable for the whole debt unless you have signed a personal guarantee by Monday.', 'coercion'],
    ['Your directors will be held personally liable unless they have signed a personal guarantee by Friday.', 'coercion'],
    ['Your clerk is too bloody thick to understand an invoice.', 'abuse'],
    ['You are too thick even to understand a statement.', 'abuse'],
    ['We will refuse warranty repairs on every other machine you have bought from us.', 'coercion'],
    ['Until this is paid we will stop servicing every machine you have bought from us.', 'coercion'],
    ['We will stop honouring warranties on anything else you have bought from us.', 'coercion'],
    ['Northshore will be listed, with the amount it owes, in the November issue of the trade newsletter.', 'publicity'],
    ['The amount you owe will be printed in the next issue of the trade gazette.', 'publicity'],
    ['Our officers have stood outside your unit for three evenings running.', 'threats'],
    ['We have been keeping a log of everyone who comes and goes from your yard.', 'threats'],
    ['We have photographs of every van arriving at and leaving your yard this week.', 'threats'],
    ['One more missed date and I will feel duty bound to tip off HMRC about your cash sales.', 'threats'],
    ['Carry on ignoring us and HMRC will hear about your cash sales.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'You told us the sealant was too thick to use, so we have credited that line on invoice 4471.',
    'Our previous statement was too dense to follow, so this one lists each invoice separately.',
    'The print on the carbon copies was too dim to read, so we have reissued invoices 2210 to 2214.',
    'We have stopped charging support fees on all units you returned in March.',
    'As clause 7 of the maintenance contract allows, while its fees are unpaid we will suspend service cover for all machines under that contract.',
    'We no longer offer an extended warranty on any refurbished units, so none is included on this invoice.',
    'As published in the last issue of our customer bulletin, invoices overdue by more than 30 days now carry interest at 8% above base rate.',
    'Our revised late-payment policy, published in the October issue of our customer newsletter, applies to invoices unpaid from 1 November.',
    'Your order was featured in the spring issue of our magazine, and the amount outstanding on invoice 2231 is £1,200.',
    'As agreed, the skip was placed outside your premises for the last two weeks of March, and this invoice covers that hire.',
    'Our driver will be waiting outside your warehouse until the returned pallets are loaded on Tuesday.',
    'We have noted your payment, which arrived on 3 May, and applied it to invoice 1021.',
    'Please note when your payment leaves your account it can take up to three days to reach us.',
    'Please note the time your delivery arrives and tell us if it is late.',
    'Our engineer recorded the time he arrived and left, as shown on the signed job sheet.',
    'We logged when your engineer arrived on site and when he left, and the hours are on the invoice.',
    'We keep your payment records for six years and we share them with HMRC only where the law requires.',
  ])('fair: %s', clean);
});

describe('371. "not yet" presupposes a step held over the customer: "the bailiffs have not been instructed yet" (threats, coercion, publicity read so by their rule data\'s heldOver; a claim of fact is still denied by it)', () => {
  it.each([
    ['As the bailiffs have not been instructed yet, you have until Friday to pay before they are.', 'threats'],
    ['The bailiffs have not been instructed yet, you have until Friday to pay before they are.', 'threats'],
    ['We have not yet instructed bailiffs, but that will change on Friday if the balance is still open.', 'threats'],
    ['We have not yet sent the enforcement officers round.', 'threats'],
    ['We have not yet told your bank, but we will on Friday.', 'publicity'],
    ['We have not yet shared the details of this debt with your client.', 'publicity'],
    ['We haven\'t mentioned the invoices to your suppliers yet.', 'publicity'],
    ['Your suppliers have not been told yet.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We have not instructed bailiffs and cannot do so without a court judgment.',
    'We have never yet had to send bailiffs to a customer.',
    'We have not yet told your bank, and we never will.',
    'We have not yet told your bank and we will not do so.',
    'Has your bank told you why the payment has not gone through yet?',
    'Your account has not yet been passed to a collection agency.',
    'We have not yet received your payment, so our team will call you on Tuesday.',
    'It is not too late yet, so please call us.',
    'Judgment was entered on 3 May and the enforcement officers have not been instructed yet; they will be on 9 December.',
  ])('fair: %s', clean);
});

describe('372. fresh66 before tuning: an email\'s own "Sent 22:40", a frame part run across a clause ("if your bank needs anything from us, | or if you see …"), the singular of plural-only slang ("your mam\'s hip"), and a suspected word that names the reader ("you bastards")', () => {
  it.each([
    ['You bastards.', 'profanity'],
    ['Pay up, you bastards.', 'profanity'],
    ['You are bastards, the lot of you.', 'profanity'],
    ['You\'re nothing but scum.', 'profanity'],
    ['You bitch!', 'profanity'],
    ['Nice mams.', 'profanity'],
    ['Texted 23:40 and again at 23:55, still no answer from you.', 'frequency'],
    ['We will let your bank know.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Sent 22:40\n\nHi Neil,\n\nDoing the month-end at home tonight, so sorry for the late email. INV-3391 is due on 31 October.',
    'Sent 23:58\n\nNeil, INV-3391 and INV-3407 are still unpaid; please pay both or call me to agree dates by Friday 28 November.',
    'Please let me know if your bank needs anything further from us for the transfer, or if you see any discrepancy in the documents.',
    'Hope all the family are well and your mam\'s hip is on the mend.',
    'The lorry\'s hooter was repaired under warranty, so there is no charge for it on this invoice.',
    'We sent you balls for the press on Monday.',
    'The book you lent me is about a bastard son of a king.',
    'Thank you, Dick, for the update on the remittance.',
  ])('fair: %s', clean);
});

describe('373. fresh65 and fresh66 before tuning: a lead-in that forbids its list ("Staff must not:", "None of them is to be used again:"), an example after "e.g.", marks quoted as marks, a claim named false, the collector\'s conduct as the offence, and lines "heard in the industry"', () => {
  it.each([
    ['We\'ll take steps, e.g. "a visit from our lads".', 'threats'],
    ['We will take steps such as "a visit from our lads".', 'threats'],
    ['We will not wait any longer:\n\n- Our lads will visit your yard on Friday.', 'threats'],
    ['Pay now!!!', 'shouting'],
    ['Not paying is a criminal offence.', 'misleading'],
    ['Threatening you is not our style, but not paying is a crime.', 'misleading'],
    ['The whole trade is hearing about your unpaid invoices.', 'publicity'],
    ['Your customers are going to learn what kind of firm you are.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Staff, and any agency acting for us, must not:\n\n(a) publish or threaten to publish a customer\'s failure to pay, e.g. "We\'ll post your company on the industry board" or "Your other suppliers will hear about this";\n(b) use threatening or intimidating language, e.g. "You\'ll see what happens if this isn\'t paid by Friday";',
    'Examples that would put us on the wrong side of the law, which must never be used:\n\n- "Our enforcement officer will attend."\n- "Non-payment of a trade invoice is fraud."',
    'These lines have appeared in our own emails. None of them is to be used again:\n\n- "Your name goes on the hauliers\' group."\n- Capitals and "!!!" in the portal.',
    'Do not use threatening language, e.g. "You\'ll see what happens if this isn\'t paid by Friday".',
    'We will never use lines such as "a visit from our lads".',
    'Capitals and "!!!" in the portal are not how we write.',
    'The offence covers false claims that non-payment is a criminal matter.',
    'Section 40 has been a criminal offence since 1970.',
    'Harassment of debtors is a criminal offence.',
    'These are real lines heard in the industry. Never say or write them.',
  ])('fair: %s', clean);
});

describe('374. what the customer owns, said in new ways, held until another debt is paid: a named firm\'s property, goods bought through the sender, data the customer sent, systems another provider hosts for it', () => {
  it.each([
    ['The bailment receipt says the die is Meridian\'s property. Our position is simple: the die doesn\'t leave our dock until the $50,210 is wired.', 'coercion'],
    ['The workstations purchased through us in November are still registered to our account, and we are not in a position to release them until the cancellation charge is settled.', 'coercion'],
    ['Until it is cleared, the supporter mailing list your team sent us will stay on our system.', 'coercion'],
    ['We administer the trust\'s Microsoft 365 tenant and hold the global administrator credentials. We won\'t be handing them over until the invoice is paid in full.', 'coercion'],
    ['The handover pack, with the domain registrar login and the encryption keys, will be released to your new provider only after both invoices have been paid.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Your credit hold will be lifted as soon as the past-due balance is paid.',
    'We will restore your access to the portal once the overdue invoices are paid.',
    'We will transfer the domain to you once the final invoice is paid, as the contract says.',
    'As your tenancy agreement says, the deposit is held until the end of the lease.',
    'The drawings you sent us are enclosed with this letter.',
  ])('fair: %s', clean);
});

describe('375. the law said to bar a dispute, and a law said to allow charges with a longer reach, from corpus-fresh65 before tuning', () => {
  it.each([
    ['Once it\'s served, the Corporations Act doesn\'t allow you to argue about whether the variation was directed.', 'misleading'],
    ['The court will not allow you to raise the defects once the demand is served.', 'misleading'],
    ['Provincial law allows a supplier to add these charges to any commercial account that goes past 60 days, whether or not they appear in the supplier\'s terms.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'If you dispute the invoice, the court will let you argue it at the hearing.',
    'The court does not allow you to file a defence late without permission.',
    'The Late Payment Act allows a supplier to add fixed compensation to a late invoice even where the contract says nothing about it.',
  ])('fair: %s', clean);
});

describe('376. a call script\'s labelled parts are the caller\'s own words ("Opening: “…”"), and a publicly funded customer\'s funder is a third party, from corpus-fresh66 before tuning', () => {
  it.each([
    ['Call script for accounts over 60 days.\n\n1. Ask for the person who handles supplier payments.\n2. Opening: "Good morning, this is Darren calling from the county court enforcement office about a debt owed to Ridgeway Haulage."', 'false-authority'],
    ['Supplier balances more than 45 days overdue are now notified to the Department for Education\'s academy funding team.', 'publicity'],
    ['We will tell your funding body that the invoice is unpaid.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Old wording: "this is Darren calling from the county court enforcement office". We never say this.',
    'Our grant from the funding body was paid in March, so your invoice will be paid this week.',
    'Please send the remittance to your funding team so they can reconcile it.',
  ])('fair: %s', clean);
});

describe('377. protection withdrawn by saying the sender cannot control its own men ("I cannot control what my boys do after working hours"), from corpus-fresh65 before tuning', () => {
  it.each([
    ['If not, your shopfront might need some repainting soon, and I cannot control what my boys do after working hours.', 'threats'],
    ['I can\'t stop what the lads might do if this drags on.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We cannot control what the courier does once the parcel leaves our depot.',
    'We can\'t control how the bank processes your payment.',
    'We cannot control what our drivers do on the motorway when the traffic is bad, but every delivery is insured.',
  ])('fair: %s', clean);
});

describe('378. what a review of this session\'s change found: lead-ins read as bans that suppose or threaten ("If you don\'t:"), "not yet" read past a denial for good, examples of wording the writer names, a frame part through an aside, a suspected word before a noun, and rule data too wide or too narrow', () => {
  it.each([
    ['Here\'s what happens if you don\'t:\n\n- Our lads visit your yard on Friday.', 'threats'],
    ['Pay INV-2231 by Friday. If you don\'t:\n\n- the bailiffs will be at your depot on Monday\n- your other suppliers will hear about it', 'publicity'],
    ['If you don\'t pay by Friday we will put the following in motion:\n\n- Bailiffs at your depot on Monday.', 'threats'],
    ['Since you haven\'t paid, we will now use every means available to us:\n\n- Our lads at your gate on Friday.', 'threats'],
    ['We won\'t put up with this any more:\n\n- PAY NOW OR WE SEND THE BAILIFFS!!!', 'shouting'],
    ['We won\'t be sending any more reminders. This is what happens next, and you can\'t say we didn\'t tell you:\n\n- Our enforcement officers will attend your premises on Friday.', 'threats'],
    ['Don\'t say we didn\'t warn you:\n\n- Our lads will visit your yard on Friday.', 'threats'],
    ['Don\'t:\n\n- make us send the lads round.', 'threats'],
    ['If this isn\'t settled, this is what we will tell your customers:\n\n- That you are a bunch of crooks.', 'abuse'],
    ['Where\'s my money, you lazy hoe?', 'profanity'],
    ['We won\'t hesitate to take further steps, e.g. "a visit from our lads to your yard".', 'threats'],
    ['Your director\'s safety is not, as things stand, something we can guarantee.', 'threats'],
    ['We will, if we must, have your vans towed.', 'threats'],
    ['The false claims that the pallets were damaged amount to theft.', 'threats'],
    ['Misrepresenting your cash position to us was a crime.', 'threats'],
    ['By Monday your suppliers will all have heard about your unpaid invoices.', 'publicity'],
    ['Sent you a WhatsApp at 11.45pm and another at 5.30am.', 'frequency'],
    ['I can\'t control the lads if this isn\'t paid by Friday.', 'threats'],
    ['We have not yet told your bank, but we will if you don\'t pay.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'As you are a drug wholesaler, the controlled-lines surcharge in clause 4 applies to INV-2231.',
    'You are a crack team and we value the business, but INV-2231 is now 30 days overdue.',
    'We have not yet told your bank and have no intention of doing so.',
    'No bailiffs have been instructed yet, and none will be.',
    'We have not yet had to involve bailiffs with any customer, and we do not intend to start with you.',
    'We have no plans to instruct bailiffs and no judgment yet.',
    'We will stop using phrases like "the bailiffs are on their way".',
    'From 1 March we will retire wording such as "we will tell your suppliers".',
    'We will ban phrases like "you deadbeats" from all collection emails.',
    'We will audit the letters for phrases including "bailiffs will attend".',
    'I\'ll apologise to the customer for lines such as "you\'ll regret this".',
    'Your new purchase order, which you sent us on Monday, will be held until the overdue balance is paid, under clause 7 of our terms.',
    'The court won\'t let you dispute the invoice later if you don\'t file a defence by 14 June.',
    'We cannot control the boys\' hours on site, as your foreman sets them.',
    'Never say or write:\n\n- "Our lads will visit your yard."',
  ])('fair: %s', clean);
});

describe('379. what a new user\'s own passages found: a listing wished on the customer as a shame, the file handed to the police, an offence named for ordering unpaid, holding whatever the contract says, the customer\'s own people written to, the ultimatum\'s "or your suppliers hear about it", tooling as the customer\'s, and guidance that forbids telling or calling', () => {
  it.each([
    ['Our trade association circulates a monthly list of members\' slow-paying accounts. It would be a shame for Northfield Fabrication to appear in the March edition.', 'publicity'],
    ['We have documented everything and our file goes to the police on Friday if payment has not arrived.', 'threats'],
    ['Ordering goods with no intention of paying for them is obtaining property by deception.', 'threats'],
    ['We will keep the spare parts held under your maintenance contract until every penny is paid, whatever the contract says.', 'coercion'],
    ['From Monday, your customers will be receiving a letter from us explaining why your orders may be delayed.', 'publicity'],
    ['Pay today or your suppliers hear about it.', 'publicity'],
    ['We will keep your tooling until every penny is paid.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Never tell a customer that their details will be shared with other suppliers, and never hint at it.',
    'In this handbook we never call a customer a "deadbeat", a "liar" or a "time-waster".',
    'Your customers will receive a letter from us confirming the new delivery address, as you asked.',
    'Your tooling will be shipped back once the final invoice for it is paid, as the tooling agreement says.',
    'It would be a shame for your team to miss the March edition of our newsletter, with the new price list.',
    'We will hold the spare parts you ordered until they are paid for, as the contract says.',
  ])('fair: %s', clean);
});

describe('380. more of a new user\'s passages: a basic skill said to be beyond the customer, others seen to do its job better, the customer\'s side refused a hearing, credit said to close across the trade, and its source code and domain logins held', () => {
  it.each([
    ['It seems basic arithmetic is beyond your accounts department. The invoice says £3,200. Try to keep up.', 'abuse'],
    ['Honestly, I\'ve seen corner shops run their books better than your finance team. Pay the invoice.', 'abuse'],
    ['We have no interest in hearing your reasons. The money is due by close of business, end of discussion.', 'coercion'],
    ['Your refusal to pay has been noted. You may find it much harder to obtain credit anywhere in this industry from next month.', 'misleading'],
    ['Your design files, source code and domain logins remain on our servers. Access to them will be restored when the outstanding £12,300 reaches us. Until then, they stay locked.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Our new portal makes it easier to find invoices; try to keep up with the changes by reading the monthly note.',
    'We have seen other firms run their payables better since moving to e-invoicing, and we can help you set it up.',
    'We have no time for reading long complaints, so please keep your dispute to one page.',
    'If you can\'t pay in full, it may be harder to obtain credit from us in future, as our terms explain.',
    'The discussion ended without agreement, so we will write to you on Friday with our position.',
  ])('fair: %s', clean);
});

describe('381. fresh66 misses on dev: the customer by its name put on a group the letter named, the sender\'s own person by name sent daily, and a lease said to end by itself without a court', () => {
  it.each([
    ['There\'s a hauliers\' WhatsApp group where we tell each other who pays. Pennant\'s name and the amount go on there Friday if nothing\'s landed.', 'publicity'],
    ['From Monday our Luca will come in every day at twelve and sit at the end of your bar until someone gives him the money.', 'frequency'],
    ['The lease ends automatically without a court order once the arrears are 21 days old.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Acme\'s name and logo go on there as our newest stockist, as agreed.',
    'Our Luca will call you on Tuesday to agree a payment date.',
    'Our Priya will be in touch next week about the new price list.',
    'Your lease ends automatically at the end of the term without any need for notice from either of us.',
  ])('fair: %s', clean);
});

describe('382. what a second review found: bans whose lists speak for the writer ("Don\'t:" then "make us send the lads round"), a lead-in too long to read whole, guidance bans by modal or by "do not", "not yet" held open past a "no" that denies nothing, wording the writer will use, the reader\'s firm as a whole, and rule data too wide', () => {
  it.each([
    ['Your staff must never:\n\n- be surprised when our lads turn up at their homes.', 'threats'],
    ['You should never:\n\n- forget that we know where your kids go to school.', 'threats'],
    ['We shall not hesitate to use the following:\n\n- bailiffs at your home address', 'threats'],
    ['Pay by Friday. We must not:\n\n- let this go any further. We will send the bailiffs on Monday.', 'threats'],
    ['If the balance on invoices 4410, 4432 and 4455, which has now been outstanding for well over ninety days despite our letters of 3 March, 17 March and 2 April and the calls our team made to your accounts department on several occasions, is not cleared by Friday 14 June, then, as we have explained more than once and as your finance director will know, your directors should not:\n\n- be surprised when our lads turn up at their homes.', 'threats'],
    ['You are a bastard outfit and everyone knows it.', 'profanity'],
    ['We have not yet instructed bailiffs, but there is no more time: pay by Friday.', 'threats'],
    ['We have not yet told your suppliers, but there is no reason to wait beyond Friday.', 'publicity'],
    ['We will use words like "thief" and "fraudster" in our letter to your suppliers.', 'abuse'],
    ['We will use language such as "your directors will be arrested" if you do not pay.', 'threats'],
    ['We never tell a customer in advance that the bailiffs are coming, so consider this your only notice.', 'threats'],
    ['It would be a pity if Northfield Fabrication ended up in the next issue of the Builders\' Gazette.', 'publicity'],
    ['Your directors will be arrested on Monday.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Do not:\n\n- threaten to send the bailiffs.',
    'When you call a customer, don\'t:\n\n- threaten to send the bailiffs.\n- say you will tell their suppliers.',
    'If a customer is late, staff must not:\n\n- threaten to send the bailiffs.\n- tell their suppliers about the debt.',
    'Collectors cannot:\n\n- threaten to send the bailiffs.',
    'Our staff won\'t:\n\n- threaten to send the bailiffs.',
    'As you requested, your staff will receive an email from us with the new portal login.',
    'Your staff will receive a visit from our engineers on Tuesday to service the compressors.',
    'It\'s a shame for you to appear in the March edition without your new logo; please send it by Friday.',
    'We will keep your moulds until the outstanding invoices are paid, as our lien under clause 12 allows.',
    'We write with no plans to send bailiffs.',
    'We are calling with no intention of telling your bank about the arrears.',
  ])('fair: %s', clean);
});

describe('383. fresh67 and fresh68 on dev: a retraction by "neither statement", harm already done in the perfect, collectors by their size, a visit denied its talk, the debt raised before a crowd, the family asked whether it knows, a wall kept for overdue accounts, a bottom rating, a judgment said to be on the register, an enforcement office, handling stolen goods, a code that sets interest, disputes taken only once paid, and a comparison that makes the reader the worst', () => {
  it.each([
    ['On 3 March our drivers will call at your yard to take back the goods on this invoice, and will load enough of your other stock to cover whatever balance is left.', 'threats'],
    ['P.S. The lads who do our collections are big units and they don\'t enjoy a wasted trip across town.', 'threats'],
    ['If this isn\'t settled by Friday he\'ll be driving up to see you himself, and he said to make clear he won\'t be coming to talk.', 'threats'],
    ['Where a company goes on withholding payment after this notice, its officers may be arrested and questioned.', 'threats'],
    ['Matters of this kind can end in a custodial sentence.', 'misleading'],
    ['Reselling stock you haven\'t paid for is handling stolen goods.', 'threats'],
    ['Would you rather I brought this one up there, in front of everybody?', 'publicity'],
    ['Does your family know how the business is treating its suppliers?', 'publicity'],
    ['Our stand at the trade show has a wall for accounts that have gone past 90 days.', 'publicity'],
    ['- Leave a factual one-star review on the customer\'s Google profile giving the amount.', 'publicity'],
    ['{{customer_name}} will be named in the quarterly "Slow Payers" bulletin that goes to 400 members.', 'publicity'],
    ['Your firm will be named in the quarterly slow payers bulletin.', 'publicity'],
    ['This debt has been entered on the Register of Judgments, Orders and Fines.', 'false-authority'],
    ['Invoice 448 has been automatically registered as a County Court Judgment against your company.', 'false-authority'],
    ['This is Sam from the enforcement office, calling about a court matter concerning your company.', 'false-authority'],
    ['Under the Uniform Commercial Code, overdue invoices accrue interest at 24% per year, whether or not your contract with us mentions interest.', 'misleading'],
    ['Tell them we only accept disputes once the invoice has been paid in full.', 'coercion'],
    ['Whatever is going on at your end, cash flow or somebody being ill, is of no interest to us.', 'abuse'],
    ['In thirty years of trading he has never dealt with such a shower of cowboys as your lot.', 'abuse'],
    ['Should the balance not reach us by Friday, some of our larger colleagues will be dropping by your premises to discuss it in person.', 'threats'],
    ['Our solicitors advise that non-payment of the balance may lead to your arrest.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We wrote that "the Act requires us to add a collection fee of 35%" and that we were "unable to waive it". Neither statement was right.',
    'We wrote that "the Act requires us to add a collection fee of 35%". Both statements were wrong, and the fee has been removed.',
    'I understand that losing the main contract has hit you hard, and I\'m sorry to hear it.',
    'Our team are big fans of your work, and our drivers are huge fans of the new loading bay.',
    'I\'m not coming to talk about the weather; I\'d like to agree a payment date.',
    'Our engineer is coming on Tuesday, not to discuss the invoice but to service the boiler.',
    'We discussed your proposal in front of the whole team and agreed to it.',
    'Does your accounts team know how to pay online? Does your family know that we offer gift boxes?',
    'The customer threatened to leave a one-star review if we charged interest.',
    'If a claim is issued and judgment is entered, it is recorded on the Register of Judgments, Orders and Fines.',
    'If you ever feel threatened by someone claiming to be from us, call 999.',
    'We will log your dispute once we have the delivery notes, and the balance stays on hold meanwhile.',
    'We have never had such a loyal customer as your firm.',
    'Our larger customers will be visiting the trade show, and our biggest colleagues in sales will be there too.',
    'Failure to report a theft may lead to your insurer refusing the claim.',
  ])('fair: %s', clean);
});

describe('384. a call script\'s table: the column headed for the writer\'s side ("You say", "Agent says", "Response") holds lines to say, quoted or not; the customer\'s column and a table of banned lines stay named wording', () => {
  it.each([
    ['| They say | You say |\n|---|---|\n| "The cheque run is Thursday." | "We\'ve heard that from every chancer in the county." |', 'abuse'],
    ['| Customer says | Agent says |\n|---|---|\n| "We will not pay." | "Then we will send the lads round." |', 'threats'],
    ['| Objection | Response |\n|---|---|\n| We are disputing it | "Pay first or your suppliers hear about it." |', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    '| They say | You say |\n|---|---|\n| "Pay now or else, you idiots." | "I\'m sorry you feel that way; can we agree a date?" |',
    '| Banned line | Why |\n|---|---|\n| "Pay now or else." | Vague menace |',
    '| Customer says | Agent says |\n|---|---|\n| "We will send the lads round to you." | "I\'ll note that and pass it to my manager." |',
  ])('fair: %s', clean);
});

describe('385. what a review of §383-§384 found, and a new user\'s misses: kinds bound to the debt, the customer\'s own things named as whose, a call script\'s sides read from both its columns, and retraction by quantifier kept to wording', () => {
  it.each([
    ['We have hit your business hard once already; pay by Friday or we will do it again.', 'threats'],
    ['Ignoring us has hurt your business badly before, and it will again.', 'threats'],
    ['Honestly, you lot are a right shower.', 'abuse'],
    ['I\'ve never come across a bigger shower of cowboys than your lot.', 'abuse'],
    ['Your cash flow is no concern of ours.', 'abuse'],
    ['Frankly, whatever is going on over there doesn\'t interest us in the slightest.', 'abuse'],
    ['Disputes are only accepted from customers whose accounts are paid up.', 'coercion'],
    ['We\'ll consider your complaint once you\'ve cleared the account.', 'coercion'],
    ['Your dispute will be looked at once the £4,200 is in our account.', 'coercion'],
    ['We are keeping your customer data and your website login details until this invoice is settled.', 'coercion'],
    ['The keys to your unit will be kept by us pending settlement.', 'coercion'],
    ['The invoice was converted into a County Court Judgment against your company this morning.', 'false-authority'],
    ['We have registered the debt with the Registry Trust.', 'false-authority'],
    ['This is Sam from Enforcement, calling about a pending court matter.', 'false-authority'],
    ['Interest at 24% a year applies under the Commercial Code even if your contract doesn\'t mention it.', 'misleading'],
    ['Shall I announce your arrears at the members\' meeting on Thursday?', 'publicity'],
    ['Would you like me to bring it up at the AGM, with everyone listening?', 'publicity'],
    ['{{customer_name}} will feature in our late-payer roundup next month.', 'publicity'],
    ['The two gentlemen who collect for us are, let\'s say, on the large side.', 'threats'],
    ['He said to make clear he won\'t be coming to talk to you.', 'threats'],
    ['When he comes, it won\'t be to talk.', 'threats'],
    ['A bailiff will be sent on Monday.', 'threats'],
    ['A bailiff will not be sent. Yet.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We will collect the faulty units on Tuesday and raise a credit note to cover whatever you paid for them.',
    'Our drivers are all big lads, so they can unload the steel by hand if your forklift is still out of action.',
    'Our engineer won\'t be coming to chat; he\'ll swap the meter, get a signature and be on his way.',
    'Our driver was pushed over at your gate this morning. He will ring 101 to report the assault.',
    'You gave us a one-star review last week, and I\'d like to put right whatever went wrong.',
    'We raised the invoice in front of the whole site team at handover, and your foreman signed it off.',
    'We keep a list for accounts that have gone past 90 days, which our credit controller reviews every Monday.',
    'The table for accounts past 30 days on page 2 of your statement shows invoices 1041 and 1042.',
    'The Federation\'s late payers bulletin explains the statutory interest you can claim from your own customers.',
    'We\'ll log the dispute when you call, and the balance will be put on hold while we look into it.',
    'We\'ll take your query into account when we reconcile the balance at month end.',
    'Your dispute will be reviewed once we have received the delivery notes.',
    'Under the Civil Code the parties may agree their own rate; your signed terms set interest at 24% per annum.',
    'I\'m calling about the court case you mentioned with your landlord.',
    'Problems with your own customers\' payments are your problem, not a reason to hold back ours.',
    'Your workspace will move to read-only mode on 1 July if the invoice is still unpaid. You can still log in and export your data, but new projects will be disabled until payment is received.',
    '"Pay by Friday or the lads will be round." The claim has been taken to the small claims court instead.',
    '| Line | Why it is banned |\n|---|---|\n| "We\'ve heard that from every chancer in the county." | insult |',
    '| Response | Why it fails |\n|---|---|\n| "We\'ve heard that from every chancer in the county." | insult |',
    '| They say | You say |\n|---|---|\n| "No." | If they say "you lot are a bunch of crooks", stay calm and reply "I understand, can we agree a date?" |',
  ])('fair: %s', clean);
});

describe('386. a draft headed as a call script sets the caller\'s lines off as block quotes, which are the lines to say; a referral filed with a prosecutor', () => {
  it.each([
    ['# Outbound script: pre-legal queue\n\nWhen they answer:\n\n> "Good afternoon. This is Sam from the enforcement office, calling about a court matter concerning your company."', 'false-authority'],
    ['# Call script: 60+ days\n\n**If they stall**\n\n> Our lads will be round to your yard tonight to collect what you owe.', 'threats'],
    ['Our CFO filed a referral this morning with the State Attorney General\'s Office of Business Protection.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    '# Call script guidance\n\nNever say:\n\n> Pay now or else.',
    '# Call script: 30 days\n\nWhen they answer:\n\n> "Good morning, this is Sam from Acme about invoice 42. Can we agree a payment date today?"',
    'Hi Sam,\n\nYou wrote:\n\n> Pay now or else, you cowboys.\n\nWe will not reply in kind; the balance is due on Friday.',
    'You can file a complaint with the Attorney General if you think we have treated you unfairly.',
  ])('fair: %s', clean);
});

describe('387. what a second review found: a script\'s block quotes read one by one (the customer\'s and the banned stay quoted), a script heading anywhere, a call-script table by both its sides with any verdict column, and kinds kept to the debt', () => {
  it.each([
    ['Honestly, you lot are a right shower.', 'abuse'],
    ['Calling regarding your court matter.', 'false-authority'],
    ['This is Sam, calling about the court proceedings concerning your company.', 'false-authority'],
    ['Our stand has a display of companies that have gone past 90 days.', 'publicity'],
    ['We\'ll load your other stock to cover whatever remains.', 'threats'],
    ['We\'re keeping your customer database until you pay, as our terms allow.', 'coercion'],
    ['Our lads have hit your business hard before.', 'threats'],
    ['We\'ll read out the names of late payers at the AGM.', 'publicity'],
    ['# Voicemail script\n\n> Our lads will be round to your yard tonight to collect what you owe.', 'threats'],
    ['# 60+ day overdue call script\n\n> Our lads will be round to your yard tonight to collect what you owe.', 'threats'],
    ['# Collections\n\nSome text.\n\n## Outbound call scripts\n\nOpen with:\n\n> Our lads will be round to your yard tonight to collect what you owe.', 'threats'],
    ['# Script for 60+ day calls\n\n> Our lads will be round to your yard tonight to collect what you owe.', 'threats'],
    ['| They say | You say | Why it works |\n|---|---|---|\n| "No." | "Our lads will be round to your yard tonight." | firm |', 'threats'],
    ['| Customer says | You say | Problem with the customer\'s line |\n|---|---|---|\n| "No." | "Our lads will be round to your yard tonight." | x |', 'threats'],
    ['| If the customer says | Say |\n|---|---|\n| "No." | "Our lads will be round to your yard tonight." |', 'threats'],
    ['| Customer says | Collector response |\n|---|---|\n| "No." | "Our lads will be round to your yard tonight." |', 'threats'],
    ['| They say… | You say… |\n|---|---|\n| "No." | "Our lads will be round to your yard tonight." |', 'threats'],
    ['| They say | You say |\n|---|---|\n| "No." | Firmly: "Our lads will be round to your yard tonight." |', 'threats'],
    ['| Customer | Agent |\n|---|---|\n| "No." | "Our lads will be round to your yard tonight." |', 'threats'],
    ['| Objection | Rebuttal |\n|---|---|\n| "No." | "Our lads will be round to your yard tonight." |', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Honestly, the Wi-Fi in our office has been a right shower this week.',
    'Statutory interest applies even if your contract doesn\'t mention it, at 8% over base rate.',
    'A £40 fixed compensation fee can be claimed under the Act even if the contract does not mention it.',
    'Shall I bring it up at the next meeting of the finance committee so they can approve the payment run?',
    'I\'ll bring this up at our Thursday meeting with your buyer.',
    'Please send the signed delivery note to Jan at the enforcement department of your local council.',
    'Our referral with the tax office last year concerned our own VAT.',
    'The collector\'s van is on the large side, so please clear the bay.',
    'Our delivery lads are six-foot and don\'t mind carrying the boxes up the stairs.',
    'The gentlemen from our installation team are big characters and great fun.',
    'If the judgment is not paid, a bailiff can be instructed by the court.',
    'I\'m calling about the court case you mentioned with your landlord.',
    '# Call script: 60+ days\n\nIf they say:\n\n> You lot are a bunch of crooks and I\'ll have the bailiffs on you.\n\nStay calm.',
    '# Call script: 60+ days\n\nCustomer:\n\n> You\'re a bunch of crooks and I\'ll put it on Facebook.',
    '# Call script - guidance for new starters\n\n> Our lads will be round to your yard tonight to collect what you owe.',
    '# Phone script: lines we\'ve retired\n\n> Our lads will be round to your yard tonight to collect what you owe.',
    'Call script feedback\n\nThe customer complained:\n\n> We\'ll send the lads round tonight.',
    '# Call script: 60+ days\n\nNever say any of these:\n\n> Our lads will be round to your yard tonight to collect what you owe.',
    '| Line | Why it is banned |\n|---|---|\n| "We\'ve heard that from every chancer in the county." | insult |',
    '| They say | You say |\n|---|---|\n| "No." | If they say "you lot are a bunch of crooks", stay calm and reply "I understand, can we agree a date?" |',
    '| Script | Status |\n|---|---|\n| "Our lads will be round tonight." | Withdrawn |',
    '| They say | You say | Status |\n|---|---|---|\n| "No." | "Our lads will be round tonight." | Withdrawn, never use |',
    '"We\'ll send the lads round." That claim was wrong, and it has been withdrawn.',
  ])('fair: %s', clean);
});

describe('388. a new user\'s misses: competence found elsewhere, the customer\'s repair held over another invoice, a monthly share said to be the law\'s, and the company\'s debt said to pass to its people', () => {
  it.each([
    ['We\'ve seen more competence from a child\'s lemonade stand than from your accounts team.', 'abuse'],
    ['The equipment you sent us for repair stays here, and will be sold, unless the overdue invoice is paid by Friday.', 'coercion'],
    ['Once this passes 30 days, the law allows us to add 50% to the balance each month.', 'misleading'],
    ['If we don\'t hear from you, the debt transfers personally to each of your employees.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'The scanner you sent us for repair stays here until the repair invoice is paid, as our terms say.',
    'Under the Act we may charge interest at 8% over base rate, which is about 1% a month.',
    'When you sold the business, the debt transferred to the new owners.',
  ])('fair: %s', clean);
});

describe('389. corpus-fresh69 (short messages) on dev: the customer\'s data lost over the debt, a claim filed in advance, a toddler\'s tighter ship, the wits of a houseplant, and arrears said to grow by law to a multiple of the debt', () => {
  it.each([
    ['Our team still has admin access to your server. Would hate for the customer database to go missing over a pending ₹3,40,000, no?', 'threats'],
    ['FORM 7B Statement of Claim (pre-filed). Registry copy to follow. Pay $2,180 within 48 hrs.', 'false-authority'],
    ['Honestly Gav, a toddler with a piggy bank runs a tighter ship than you lot.', 'abuse'],
    ['Your AP team seems to have the collective IQ of a houseplant.', 'abuse'],
    ['Under the in duplum rule the arrears on your account can keep growing until they reach three times the capital.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'We would hate for your data to be lost in the migration, so please export a copy before Friday.',
    'If the court issues the claim and you pay before the hearing, we will ask for no costs.',
    'Under the in duplum rule, interest stops once it equals the capital, so the most you could owe is twice the original amount.',
    'Kids these days have a better grasp of apps than we do, so our portal is simple.',
  ])('fair: %s', clean);
});

describe('390. corpus-fresh70 (ordinary AR letters) on dev: a criminal complaint lodged over the debt, the police told of it, the customer\'s people kept from travel, its own accounts handed back once paid, its goods\' care withheld, silence taken as a dropped dispute, insults of its people, "BS", its clients said to want to know why, suppliers comparing notes', () => {
  it.each([
    ['Should the amount remain unpaid by 15th September, our Director would be constrained to lodge an FIR for cheating.', 'threats'],
    ['The matter has been brought to the notice of Sub-Inspector Kale at the local police station, who has agreed to give you a call.', 'threats'],
    ['Your directors may find that foreign travel becomes difficult while the matter is pending.', 'threats'],
    ['We have rotated the admin credentials on your Microsoft 365 tenant. We\'ll hand the new credentials back the same day the payment posts.', 'coercion'],
    ['We remain the only admin on your Google Ads account. We\'ll transfer ownership back to you once the full balance has cleared, and not before.', 'coercion'],
    ['We are still holding your retained samples in our cold store. Until this account is paid I can\'t promise anyone will be keeping a close eye on that freezer.', 'threats'],
    ['If the signed mandate is not back with us by Friday, we will take that as confirmation that you have withdrawn the objection.', 'misleading'],
    ['Your bookkeeper is a total mampara.', 'abuse'],
    ['Don\'t feed me any more BS about the GC not paying you.', 'abuse'],
    ['We print for several of your hospitality clients. I imagine some of them would be interested to know why their next print run is on hold.', 'publicity'],
    ['A few of us in the suppliers\' chat group compare notes on slow-paying clinics, and your clinic\'s name has come up.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'After the break-in we filed a police complaint, so the replacement parts will take two more weeks.',
    'We brought this to the attention of the police after the theft of our van.',
    'Travel abroad may be difficult for our engineer next month, so the visit moves to 14 March.',
    'Please pass the invoice back to your accounts team once it is approved.',
    'We will give the deposit back once the hire equipment is returned.',
    'If we do not hear from you by Friday, we will take that as confirmation that you have accepted the revised delivery date.',
    'Your bookkeeper is a total star, and we are grateful for her help.',
    'Please send the certificates to BS 7671 with your invoice.',
    'Two more BS standards apply to this job.',
    'You might be interested to know that we now offer same-day delivery.',
    'I compared notes with our warehouse team on late deliveries.',
    'I understand you are unhappy with the June creative deliverables on invoice 3140, and I have shared your comments with our account director.',
    'Invoice CS-0931 covers Q3 threat monitoring and the blacklist removal work on your mail domain.',
    'I know there\'s talk around the valley about some suppliers sharing lists of who\'s slow to pay. For the record, we don\'t do that.',
  ])('fair: %s', clean);
});

describe('391. harm hinted as a general truth in a letter about a debt (what burns, who gets hurt, what goes missing, what gives way, how dark the nights are), and a safety instruction that says the same to be careful', () => {
  it.each([
    ['Your whole yard is timber, hey. And timber burns. Settle the R26,400 and we never have to talk about it again.', 'threats'],
    ['Been a dry summer, barns go up easy round here. Keep an eye on yours.', 'threats'],
    ['Building sites are dangerous places. Scaffold gives way, plant goes missing, people get hurt.', 'threats'],
    ['The nights are very dark out your way since the power cuts started.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Sites are dangerous places, so please make sure your driver has his safety boots.',
    'Our warehouse burned down last month, so statements are late.',
    'Scaffold can give way if it is overloaded, so please follow the load notice.',
    'The nights are very dark now, so our drivers finish at 4pm until March.',
    'Tools go missing from every site, so please sign the hired kit back in at the gate.',
  ])('fair: %s', clean);
});

describe('392. a release of the customer\'s claims named first and its signature after, and "no claim against us" among the claims given up', () => {
  it.each([
    ['Supply will resume only upon receipt of payment in full and the enclosed Acknowledgement and Release, signed by a director, confirming that your company waives any claims arising from the goods.', 'coercion'],
    ['To get the module back on we need two things: payment of KT-0412, and the attached one-page release, signed by a director, confirming that your company has no claim against us about the picking errors.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Thank you for confirming that you have no further claims on the cancelled order; the enclosed closing letter, signed by our director, confirms the refund.',
    'The enclosed statement, signed by our credit manager, confirms that your account is clear.',
    'Please sign the attached release, signed by both parties, confirming that neither side has any further claims once the settlement sum is paid.',
  ])('fair: %s', clean);
});

describe('393. what a review of §390 found: a criminal complaint over the debt in the passive and kept from the fraud warning, travel tied to what may become of it, silence and the dispute declared given up in other words, "creative" with the invoices, and fair letters the first patterns took', () => {
  it.each([
    ['We can get very creative with your invoices if you keep us waiting.', 'coercion'],
    ['Blacklist removal is available once you pay the arrears in full.', 'publicity'],
    ['An FIR for cheating will be lodged against your proprietor if the cheque bounces again.', 'threats'],
    ['Foreign travel may become difficult for your directors.', 'threats'],
    ['No reply by Friday means we will treat your dispute as abandoned.', 'misleading'],
    ['Your silence will be taken as confirmation that you have dropped your complaint.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'We have filed a police complaint for fraud after someone impersonated our accounts team and sent fake bank details; please do not pay to any new account.',
    'We have registered a police case for the theft of your consignment from our depot.',
    'Your finance director mentioned that international travel made a call difficult this week.',
    'Your drivers\' travel to our depot is difficult this week because of roadworks.',
    'The customer is a real priority for us.',
    'We will carry out the usual BS inspection on the fire doors.',
    'At the credit managers\' seminar we compared notes on late paying customers in general, not on any named business.',
    'We\'ll treat this as confirmation that you have withdrawn the query on invoice 4471, as you told us on today\'s call.',
    'The logins for your own hosting account were handed over last month. We\'ll give the hire deposit back the day the final payment clears, as the hire terms say.',
    'Thank you, we will treat the query as resolved.',
  ])('fair: %s', clean);
});

describe('394. the review\'s other misses: the customer\'s boss, "that accountant of yours", "the girl in your accounts office", "all this BS", and the customer\'s logins handed back once paid, named at length or before them', () => {
  it.each([
    ['Your boss is an absolute joke.', 'abuse'],
    ['That accountant of yours is a total fool.', 'abuse'],
    ['The girl in your accounts office is a right airhead.', 'abuse'],
    ['Stop giving me all this BS about the bank transfer.', 'abuse'],
    ['We will hand your logins for your own Xero file back once the balance has cleared.', 'coercion'],
    ['Your domain and hosting logins stay with us until the full balance reaches our account.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'That receptionist of yours is a real gem.',
    'The officer at your depot is a complete professional.',
    'Your new buyer is a real asset to your team.',
    'Please give us the BS 7671 certificates.',
    'We\'ll suspend your login to our portal until the balance reaches our account.',
    'We will hand the keys back once the repair invoice is paid, as our terms say.',
  ])('fair: %s', clean);
});

describe('395. corpus-fresh71 on dev: what the sender\'s own people said, retracted as a quotation is, and one plan refused for what it is', () => {
  it.each([
    ['Brent from our sales team told you he would be visiting your site several times a day. That was our policy.', 'frequency'],
    ['Our MD said we would send the bailiffs round. That was not a joke.', 'threats'],
    ['We will not accept any plan; too many customers abuse them.', 'coercion'],
    ['The Provider\'s letter stated that the Complainant agreed to an administration charge of €75 per reminder, which applies by law to every late account. The letter was misleading.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Brent from our sales team told you he would be visiting your Hamilton East site several times a day and texting you every couple of hours about this account. That was never our policy and it won\'t happen.',
    'During a call yesterday, one of our collections staff said that we had filed suit against your company and that a default judgment would be entered on the 20th. That was not true, and I apologize for it.',
    'I said we would send the bailiffs. That was not our intention, and I am sorry.',
    'I can\'t accept a twelve-month plan; it\'s too long for a firm our size. I can accept $6,075 a month over four months, starting 15 April.',
    'I can\'t accept your offer of £50 a month; it\'s too low for a balance this size.',
  ])('fair: %s', clean);
});

describe('396. a third party as the agent of a passive telling is the one who told, not the one told', () => {
  it.each([
    ['Your bank will be informed by our team.', 'publicity'],
    ['Your suppliers will be informed of the debt by our solicitors.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'My client was informed of the dishonour by its banker on 3 March.',
    'We were told by your bank that the cheque was returned.',
  ])('fair: %s', clean);
});

describe('397. corpus-fresh71\'s misses on dev: the owner\'s own savings and family named as the source, a further proposal refused before it is made, every warranty suspended until paid, and a list put up where the trade queues', () => {
  it.each([
    ['When she said the account only has $9k in it, I suggested she cash out her personal 401(k), put the balance on her husband\'s Amex, or ask her parents.', 'coercion'],
    ['Your proposal is declined, and no revised proposal will be considered, now or at any later point.', 'coercion'],
    ['Tell them every warranty on every unit they\'ve bought from us since 2019 is suspended until they pay.', 'coercion'],
    ['Print the top 10 over-90s on A3 and stick it up next to the coffee machine where the builders queue in the morning.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We would never suggest you use your personal savings or ask your family.',
    'No revised proposal will be considered until we have your management accounts.',
    'Please print the statement showing each company name and balance for your auditors.',
    'Stick it up in your office so your team has the new bank details.',
  ])('fair: %s', clean);
});

describe('398. what a review of §394-§397 found: a retraction of reported speech that points elsewhere, restates, or takes itself back retracts nothing; praise of the customer\'s people; proposals waited on; advice against personal funds; a handover done', () => {
  it.each([
    ['As I told you on Monday, we will now name you on our Facebook page. You said the cheque was in the post. That was not true.', 'publicity'],
    ['Our driver told you we would visit your home every evening until you pay. That was not our policy, but it is now.', 'frequency'],
    ['Our team said you would be arrested if you did not pay by Friday. That was not accurate: it will be Thursday.', 'threats'],
    ['We warned you that your name would go up on the wall of shame at the trade counter. That wasn\'t our policy until today.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'That buyer of yours is a real character and a pleasure to deal with.',
    'The receptionist at your depot is a right laugh.',
    'No new arrangement can be accepted while the previous one is in default, but we are happy to discuss one once the two missed payments are made.',
    'Please do not use your personal savings or put this on your partner\'s credit card; we would rather agree a plan the company can afford.',
    'We transferred the domain back to you as soon as the final invoice was settled, as agreed.',
  ])('fair: %s', clean);
});

describe('399. a lockout wished on the customer\'s equipment in a letter that says the sender can reach it', () => {
  it.each([
    ['Our service technicians keep remote access to the control firmware on every unit we install. It would be very unfortunate if, with the balance still open on Friday, the units at both locations were to drop into a maintenance lockout on a Saturday evening.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We keep remote access to the controllers on every unit for warranty diagnostics. If the firmware update fails, the units could drop into safe mode; our engineer will then reset them on site.',
    'We have remote access to your servers for monitoring. A maintenance lockout is scheduled for Sunday at 2am for patching.',
    'It would be unfortunate if the units were to drop into a maintenance lockout during service, so please leave them powered on.',
  ])('fair: %s', clean);
});

describe('400. a schedule table\'s row is one planned step: what, when and by whom read as one sentence', () => {
  it.each([
    ['| Action | Date | Authority |\n|---|---|---|\n| Statement of account | Sept 3 | Heartland Conveyor Co., AR |\n| Levy on equipment at your elevator | Oct 8 | County Sheriff |', 'threats'],
    ['| Action | When |\n|---|---|\n| Call to your shop line | Mon 8:00 |\n| Text message | Every morning at 7:00, including Saturday and Sunday |', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    '| Action | Date |\n|---|---|\n| Statement and copy invoices | 6 May |\n| Phone call to your office | 13 May |\n| Referral to our collection agency, if still unpaid | 3 June |',
    '| Invoice | Date | Amount |\n|---|---|---|\n| INV-2291 | 3 March | £480.00 |\n| INV-2304 | 17 March | £1,120.00 |',
    // A table of lines never to write lists wording, whatever its columns say when.
    '| Never write | Why | When we saw it |\n|---|---|---|\n| "Our people will be at your door" | A threat of a visit | March |',
  ])('fair: %s', clean);
});

describe('401. corpus-fresh72\'s misses on dev: the customer\'s premises blocked or entered by force, goods of equal value taken, third parties copied to know its position, disputes closed to accounts in arrears, a judgment said to be registered by itself against the directors', () => {
  it.each([
    ['From Monday our people will be stationed at your factory gate. No truck will go in or out until the matter is settled.', 'threats'],
    ['Our team will block your gate until you pay.', 'threats'],
    ['Kindly ensure the gate is open to avoid damage.', 'threats'],
    ['Our recovery team will come to your godown on Tuesday to carry away goods of equal value.', 'threats'],
    ['We have copied the parties listed above so that your main contractor, the trade press and our trade association are fully aware of your company\'s position.', 'publicity'],
    ['Disputes, payment plans and calls with our accounts team are not available for accounts with an overdue balance.', 'coercion'],
    ['If the invoice passes 60 days overdue, it is automatically registered as a County Court Judgment.', 'misleading'],
    ['Once registered, the judgment is recorded against the company and against each director personally.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Because of the road closure, no truck will go in or out of the depot on Monday.',
    'No deliveries will go out until the account is paid.',
    'Our crane will block your driveway for an hour on Tuesday.',
    'Please make sure the gate is open on Tuesday so our driver can deliver.',
    'We will collect the faulty units and send replacements of equal value.',
    'We will collect the damaged pallets on Friday and issue a credit note of equal value.',
    'I have copied your site manager so that he is aware of your position on the variation.',
    'Online disputes are not available for invoices older than two years; please email us instead.',
    'A judgment is not automatically registered as a County Court Judgment; a court decides.',
    'If you guaranteed the account, a judgment may be entered against each director personally who signed the guarantee.',
  ])('fair: %s', clean);
});

describe('402. corpus-fresh72\'s misses on dev: a basic skill said to trouble the customer\'s office, writing down to the reader, and the customer\'s own access and files switched back on only once paid', () => {
  it.each([
    ['Subject: INV-3310, 2nd request, in shorter words this time since reading seems to be a challenge over there', 'abuse'],
    ['We\'ve kept this one very simple so your team can finally follow it.', 'abuse'],
    ['We have disabled your staff access cards and the payroll share. Both will be switched back on within an hour of the payment reaching our account.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We have kept this summary simple so your team can follow it.',
    'Reading the meter seems to be a challenge for your site, so we used an estimate.',
    'Spelling seems to be a challenge for our system: it printed your name wrong.',
    'I have written this in plain English so you can finally see the whole account in one place.',
    'Your staff access cards for the new office will be activated once the installation invoice is paid.',
    'Deliveries will be restored on receipt of payment of the overdue balance.',
  ])('fair: %s', clean);
});

describe('403. corpus-fresh72\'s misses on dev: court paperwork for a judgment named in a heading, silence deemed an admission by law, and a collectors\' statute said to bind the debtor', () => {
  it.each([
    ['NOTICE OF ENTERED JUDGMENT: File No. CV-24-00918, Birchmount Millwork Ltd', 'false-authority'],
    ['If you do not respond within 5 days, the debt is deemed admitted under federal law.', 'misleading'],
    ['Under the Fair Debt Collection Practices Act, you are required to respond within 5 days of receiving this notice.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Under clause 8 of our terms, an invoice not disputed within 14 days is deemed accepted.',
    'Under the Late Payment of Commercial Debts (Interest) Act 1998 you are required to pay statutory interest on late invoices.',
    'The FDCPA does not apply to business debts, so you are not required to respond to us under it.',
  ])('fair: %s', clean);
});

describe('404. the customer\'s goods recovered or evacuated to the value of the debt', () => {
  it.each([
    ['Our recovery partners have been authorized to enter the premises and recover equipment of equivalent value.', 'threats'],
    ['Our task force will evacuate goods to the value of the balance from your warehouse on Thursday.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Under our retention of title clause we will recover the two chillers we supplied, after giving you seven days\' notice, and credit their value to your account.',
    'Our engineers will visit your premises on Thursday to evacuate the refrigerant before the unit is serviced.',
  ])('fair: %s', clean);
});

describe('405. what a review of §400-§404 found: a service restored on payment, a sneer\'s skill or adverb that is ordinary, a law that does deem, works agreed, a delivery\'s care, goods taken back by agreement, copies asked for; harmful variants of the same kinds; a log of wording received is no schedule', () => {
  it.each([
    ['Keep the gate unlocked on Friday so our men don\'t have to cut the chain.', 'threats'],
    ['Our team will remove stock worth the amount owed.', 'threats'],
    ['Our recovery team will take goods equal in value to the debt from your store.', 'threats'],
    ['Accounts in arrears cannot raise disputes.', 'coercion'],
    ['Accounts with an overdue balance are not eligible to raise disputes.', 'coercion'],
    ['Unpaid invoices become judgments after 60 days without any hearing.', 'misleading'],
    ['We have disabled your staff access cards. They will start working again once invoice 5520 is settled.', 'coercion'],
    ['We have disabled your staff access cards. They will be switched back on once the invoice is settled.', 'coercion'],
    ['Not sure anyone over there can actually read.', 'abuse'],
    ['NOTICE OF ENTRY OF JUDGMENT', 'false-authority'],
    ['Federal law deems the debt admitted if you fail to respond within 5 days.', 'misleading'],
    ['The debt is deemed admitted by operation of law.', 'misleading'],
    ['The FDCPA requires you to respond within 5 days.', 'misleading'],
    ['You are obligated by the Fair Debt Collection Practices Act to reply within 5 days.', 'misleading'],
    ['| Action | Due date |\n|---|---|\n| Levy on equipment at your elevator by the County Sheriff | Oct 8 |', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Supply has been suspended under clause 7.2. Orders you have already paid for will still be delivered. Supply will be restored on receipt of payment of the overdue invoices.',
    'Your payroll data remains yours and can be exported from the portal at any time. The payroll run service itself will be restored on receipt of payment of invoice 3310.',
    'Your staff access cards keep working throughout. The cleaning service paused under clause 6 will be reinstated on receipt of payment.',
    'Your order, already paid for in full, is ready. The second order is on hold and will be dispatched on receipt of payment.',
    'Your membership will be suspended and reinstated on receipt of payment of the annual fee.',
    'Your trade account application will be held and processed on receipt of payment of the fee.',
    'We retain the shipping documents and release them on receipt of payment, as the letter of credit terms state.',
    'Your records remain with us and will be returned on receipt of payment of our final invoice, as clause 12 of our engagement letter allows.',
    'Email seems to be a struggle for your team at the moment: your server has bounced our last three messages.',
    'The phone seems to be tricky for you during harvest, so email is fine.',
    'We\'ve kept this letter short so you can even read it on your phone.',
    'We have kept the payment link short so your team can hopefully get it paid today.',
    'Queries go to sales; the early settlement discount is not available on overdue invoices.',
    'Our disputes line is closed on Sundays for overdue and current accounts alike.',
    'Electronic signatures are considered valid under English law.',
    'The contract is considered enforceable under the law of England and Wales.',
    'If the court enters judgment and it is not paid within one month, it is automatically recorded as a CCJ on the Register of Judgments, Orders and Fines.',
    'As a business debt, this falls outside the FDCPA, but you are required to pay under the credit agreement you signed.',
    'We will not block your gate or your premises at any time.',
    'As agreed, our team will close off your car park on Saturday to finish the resurfacing.',
    'Because of the road closure, no lorries can come in or out of your yard on Monday.',
    'Please make sure the roller shutter is fully open when our driver arrives to avoid damage to the vehicle or the shutter.',
    'Our courier will pick up the signed cheque matching the balance on Friday, as you requested.',
    'We can take a post-dated cheque to the same value if that helps.',
    'If you prefer, we can take back unsold stock of equal value in part settlement, by agreement.',
    'As you asked, we have copied your bank manager so that he knows your position on the overdraft review.',
    '| Date | Complaint received | Wording complained of |\n|---|---|---|\n| 3 May | Letter from the agency | "We\'ll block your gate until you pay" |',
  ])('fair: %s', clean);
});

describe('406. corpus-fresh73\'s misses on dev: an outage wished where the sender holds the customer\'s admin keys, "on the hook" by law, a national register of slow payers, and a late invoice said to be reportable to the tax office', () => {
  it.each([
    ['I am still having the admin credentials for your billing server. It would be very unfortunate if your billing went down in the middle of the Diwali rush.', 'threats'],
    ['Under Ohio law the owner of an LLC is personally on the hook for any bill the company doesn\'t pay within 60 days.', 'misleading'],
    ['Any business that\'s more than 45 days late has to be put on the national slow-payers register.', 'misleading'],
    ['Under the Tax Administration Act any unpaid business invoice over $1,000 has to be reported to IRD after 60 days.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'We still hold the admin credentials for your billing server and will hand them over at the migration meeting on 3 June.',
    'It would be unfortunate if the billing went down during the migration, so we will run both systems side by side until Friday.',
    'If a bride asks me about the venue, I\'ll have to be honest: we loved working there.',
    'Under the Late Payment Act, unpaid invoices do not have to be reported to HMRC.',
    'The GST on this invoice has already been reported to IRD in our return for May.',
    'Because we account for GST on an invoice basis, GST on unpaid invoices must be declared to IRD in the period they are issued.',
    'Unpaid invoices older than six months must be reported to IRD to claim GST bad debt relief, which we will do on 30 June.',
    'We still hold the admin password for your tills from the installation. It would be terrible if your tills failed during the Christmas rush, so we recommend installing the update we emailed on 2 December.',
    'If another supplier asks us for a trade reference, we have to be honest about how you pay your suppliers.',
    'The Act leaves our directors personally answerable for false statements in our accounts.',
  ])('fair: %s', clean);
});

describe('407. the review\'s last two misses: third parties cc\'d in the passive, and the customer\'s trucks kept from getting past the sender\'s people', () => {
  it.each([
    ['Your main contractor has been cc\'d so they understand where you stand.', 'publicity'],
    ['None of your trucks will get past our people at the gate until this is paid.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Your accounts team has been cc\'d on this email.',
    'Your main contractor has been cc\'d as you asked.',
    'Nothing gets past our team: every invoice is checked twice before it goes out.',
    'None of your deliveries will get past our quality team without a certificate of conformity.',
  ])('fair: %s', clean);
});

describe('408. lying in wait for the customer at closing time', () => {
  it.each([
    ['I\'m sat in the van outside your unit now, and I\'ll still be sat here when you lock up tonight.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Our driver will be waiting at the gate when you open at 7 so the delivery is in before your shift.',
    'The courier will wait outside until you come out to sign for the pallets.',
    'Our engineer will still be there when you lock up, finishing the commissioning.',
  ])('fair: %s', clean);
});

describe('409. damage to the customer\'s things hinted as what happens round there, or its goods\' safety left in doubt', () => {
  it.each([
    ['Your vans are parked on Pendle Street most nights, I notice. Shame how often tyres seem to get done round there.', 'threats'],
    ['Your 40-foot container is still sitting in our yard. Whether it stays in one piece while it waits is, frankly, another matter.', 'threats'],
    ['Nice car you\'ve got. The paint scratches easily.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'The powder-coated paint scratches easily, so please do not stack the panels without the foam sheets.',
    'Please check the delivery: we cannot promise the glass arrives in one piece if the crate is left outside.',
  ])('fair: %s', clean);
});

describe('410. the customer\'s keys or admin rights, said to be still held, beside a hint or a lockout as the price of not paying', () => {
  it.each([
    ['We still have the spare key to your cold store from the installation in April. I mention it only so you know we\'ve kept it safe. We would much rather settle the £5,215 the ordinary way.', 'threats'],
    ['Our engineers still hold the master keys and the access codes for the plant room. If we are not paid by Friday, we will change the plant room lock and put a password on the BMS.', 'threats'],
    ['We still hold domain admin on your environment. At 6 p.m. Friday, if there\'s no wire, I run a script that I\'ve already written and tested.', 'threats'],
    ['We still hold the domain admin credentials and the backup encryption keys for your environment. Nobody wants the kind of Monday where the file server won\'t mount and the backups turn out to be empty.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We still hold the keys to your unit from the fit-out; we will return them at the handover on 3 June. We would rather settle the snagging list the ordinary way, by email.',
    'We still hold the admin credentials for your tenant. If you would like us to, we will reset the passwords at handover on Friday.',
    'If you are not paid by your own customer by Friday, we will change the payment date on the plan; just let us know.',
  ])('fair: %s', clean);
});

describe('411. corpus-fresh74\'s kinds on dev: any arrangement refused for good, and a gap kept between contacts', () => {
  it.each([
    ['Your situation is not a matter for us. Instalments will not be considered, now or later.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Instalments will not be considered until we receive your management accounts.',
    'I don\'t want to keep ringing, so I won\'t call again before Tuesday 3 June; we keep at least a week between contacts unless you ask us to call sooner.',
  ])('fair: %s', clean);
});

describe('412. corpus-fresh75\'s kinds (trades\' own rights): a machine stopped with its operator in it, a creditor\'s staff as the judge, and the near-misses the trades\' rights make', () => {
  it.each([
    ['I can stop the excavator from the office, whoever is sitting in the cab at the time.', 'threats'],
    ['Our recovery driver will not be fussy about what is parked next to the trailer when he loads it.', 'threats'],
    ['DECISION\n\nThe sum of £9,300 is to be paid within 48 hours.\n\nAdjudicator: Paul Greer, Credit Controller, Greer Scaffolding Ltd', 'false-authority'],
    ['We will send you a message tomorrow: "we will call you every hour until this is paid".', 'frequency'],
    // The first review's finds: the writer's own wording after a message it has received or will send, and a message to come.
    ['We have received your e-mail and our reply is this: "pay by Friday or our lads will pay your yard a visit".', 'threats'],
    ['Your staff will get texts with "your boss is a thief" until the invoice is paid.', 'threats'],
    ['I\'ll cut the engine from here, whether or not your driver is still in the cab.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Your site team applied to us through your website before we put the two joiners forward, so we will cancel the fee.',
    'Your minute book and share register are your property and go to your new accountant this week. Our own working papers for your 2025 accounts stay with us until the fees for that work are paid.',
    'The logins for your own online shop went to your team today. Please don\'t commission further print runs of the labels until invoice 311 is settled: the licence to the artwork passes on payment.',
    'The trailer stays plugged in at our depot under our trading conditions, and its temperature log will be emailed to you every morning.',
    'I have seen the WhatsApps sent to your office manager: "from tomorrow I will send one every hour". That was wrong, and it stops today.',
    'I have seen the texts sent to Mr Tan: calling his staff "clowns", his company "a two-man band", and "from tomorrow I will send one every hour". This stops today.',
    'We got your message: "send the bailiffs, see if I care". We won\'t be doing that; we would rather agree a plan.',
    'Please ask your site team to switch the generator off at the end of each shift, whoever is operating it.',
    'Trade references\n\nReferee: Tom Price, Operations Manager, Castle Hire Ltd',
    'We\'re not particular about which bay it\'s parked in when you return the trailer.',
  ])('fair: %s', clean);
});

describe('413. corpus-fresh76\'s and corpus-fresh77\'s kinds (English as a second language; speech written down): speech broken off, words named and rumours reported, and lawful trade steps', () => {
  it.each([
    ['It\'d be a shame if a couple of those ties worked loose one night while your lads are up there.', 'threats'],
    ['We will put your name in the WhatsApp groups of the traders.', 'publicity'],
    ['Pay up today, you sh—!', 'profanity'],
  ])('flagged: %s', flags);
  it.each([
    'KEV: Dean, I am on site, can I—\nDEAN: Go on, ring me back after two.',
    'STEVIE: The main contractor has gone quiet on us—\nANNE: I understand; when can you pay the first half?',
    'If there is no payment by the 30th, our attorneys will send a letter of demand on the 2nd, and after that it is a summons.',
    'We will strike the scaffold only by appointment with your site manager, and never with anyone on it.',
    'That was a disgraceful thing to say about a scaffold people work on, and I apologise without reservation.',
    'I\'m sorry, and I\'m sorry the call came at ten to ten at night as well.',
    'A team member called a customer an "absolute galah" on that call, which is exactly what we do not do.',
    'Your next container is paid in advance, so its certificates went yesterday. Until our QA manager has checked the lab report, this amount is on hold and we will not send reminders.',
    'The packing list for the paid shipment has been sent to your customs agent today.',
    'Some people call this "black list", but it is only the insurer\'s decision on cover for future shipments.',
    'Container TCNU 6618 for your customer, freight prepaid, is released normally. Our trading conditions give us a general lien on your goods in our possession for all sums you owe, so container TGBU 5512 will be held under this lien until the debit notes are paid.',
    'I heard from our agent that people in the market are saying we will put your name in the traders\' WhatsApp groups. That is not true.',
    'We were unhappy to read in your mail that "accidents can happen to containers in the port".',
  ])('fair: %s', clean);
});

describe('414. corpus-fresh76\'s and corpus-fresh77\'s misses: paid things held in plain or second-language English, authorities said to act for the creditor, and menace in speech', () => {
  it.each([
    ['We have your next container, which you paid already in advance. We will keep its certificate of origin until the 25,300 come to our account.', 'coercion'],
    ['On our request, all your next imports will be held at the border until customs receive from us the confirmation that you paid.', 'false-authority'],
    ['Indian customs will stop all exports to your company until the amount is cleared.', 'false-authority'],
    ['We can not promise any more that your drivers and the trailers arrive complete.', 'threats'],
    ['I am a gentleman, but our recovery boys, they are not so polite.', 'threats'],
    ['They will come and have a chat with you at your warehouse, maybe when you\'re locking up by yourself.', 'threats'],
    ['Every morning at six, before your first truck goes out, I\'m phoning.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'Customs held the container at our request because the paperwork was wrong.',
    'We cannot guarantee your drivers get home safely in this snow, so please plan deliveries early.',
    'Our team are not so patient with paperwork errors, so please check the PO number.',
    'We will call when you are on your own in the office, so we can talk privately about the plan.',
    'Once we receive the payment for this order, the goods will be released the same day.',
  ])('fair: %s', clean);
});

describe('415. the second and third reviews\' finds: masks, names and reported messages that are the writer\'s own, and trade notices that are no threat', () => {
  it.each([
    ['Pay the invoice, you lazy f—', 'profanity'],
    ['I called your MD an “idiot” to his face and I\'ll do it again.', 'abuse'],
    ['You will have read in your mail that “our men will be at your house on Saturday to collect what you owe”.', 'threats'],
    ['Sorry, but our agents will be calling you on Sunday too.', 'frequency'],
    ['We will tell your customs broker and your bank that you don\'t pay your debts.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'It was unfortunate for your team that the pallet wrap came loose in transit; we have credited the two damaged cartons.',
    'Please note that customs will hold the shipment until the import VAT is paid.',
    'Each day the container sits at the port we are calling the shipping line to push for its release.',
    'With the ferry operator splitting loads we can no longer guarantee that the trailers arrive complete, so please check each delivery against the packing list.',
    'The paid shipment PGO-EX-0915 ships Monday. Your other order SO-882 is on hold until its pro forma PF-220 is paid.',
    'Once you have signed the POD, the driver will load the empty stillages and drop the new ones.',
  ])('fair: %s', clean);
});

describe('416. speech written down: hesitations and asides set off by marks are no words of the message', () => {
  it.each([
    ['It\'d be a shame, you know, if a couple of them ties came loose one night.', 'threats'],
    ['Be a shame... you see... if a couple of them bolts worked loose overnight.', 'threats'],
    ['It would be a shame if, um, something happened to that van of yours.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'You know the invoice was due on 3 May; please pay it by Friday or call me to agree a date.',
    'It would be a shame if, you know, the good terms we have had to end, so please call me about a plan.',
  ])('fair: %s', clean);
});

describe('417. lines read back in a call review are quoted, one quotation-sentence after another', () => {
  it.each([
    ['Let me play it back. Your account is overdue. "We know where you live."', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Okay, we have both listened to the call. I am going to read a few lines back to you. "I\'ll say this really slowly so you can keep up, love." "Is there a grown-up in the office today?" That is not how we speak to customers.',
  ])('fair: %s', clean);
});

describe('418. corpus-fresh78\'s kinds (institutions and clubs): their governing bodies, heads and regulators brought in, and the near-misses of their own procedures', () => {
  it.each([
    ['A head teacher in her position would not want it said that her school takes coaches and does not pay for them.', 'publicity'],
    ['I\'ll be raising it at the next league meeting that Dunmore Rovers is running up bills it can\'t pay.', 'publicity'],
    ['SCHOOLS DEBT RECOVERY AUTHORITY\n\nOfsted Compliance Notice SDRA-117\n\nPayment must be made within 5 working days.', 'false-authority'],
    // The fourth review's finds: lines read back in the sender's own voice, and excuses that reached past their kind.
    ['I\'m going to read a few lines back to you. “We will send someone round to the vicarage tonight.” “Your kids\' football club won\'t be safe.”', 'threats'],
    ['I\'m sorry, but we have contacted your parents\' association and will tell every parent that the school owes us money.', 'publicity'],
    ['We will contact your suppliers, number by number, and tell them the school doesn\'t pay.', 'publicity'],
    ['Seizing your equipment has never been an option — until now.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'If I haven\'t heard by then, I will contact your Controller\'s office, as your vendor guide suggests for unresolved invoices.',
    'You asked whether we would go public about the invoice, because someone on the union\'s Facebook page said we might. We won\'t.',
    'Nobody will come to the championship about the invoice, and the uniforms belong to the league. Repossessing them was never an option.',
    'I\'m sorry that one of our staff rang your home number on Saturday about the invoice; we will only use the office line from now on.',
    'We wouldn\'t want it said that we rushed you, so please take until Friday.',
    'Our manager would not want it said that we were unfair to a church in difficulty, so we have frozen interest on invoice 62.',
    'I raised at our credit committee meeting that your club cannot pay until the grant arrives, and the committee agreed to a payment plan.',
    'FCA Notice: Harbour Finance Ltd is authorised and regulated by the Financial Conduct Authority. Invoice 442 is now 30 days overdue; please pay by 14 March.',
  ])('fair: %s', clean);
});

describe('419. corpus-fresh78\'s further kinds: volunteers and the old scorned, a tax office said to act at the creditor\'s word, a maintenance login beside a payment that "would make sure of that"', () => {
  it.each([
    ['You lot are a pack of weekend hobbyists playing at running a club.', 'abuse'],
    ['Maybe get one of the grandkids to help you with internet banking.', 'abuse'],
    ['I\'ve asked the IRS to hold the review open until April 30. If we\'re paid by then, I\'ll let them know it is resolved and they\'ll close it.', 'false-authority'],
    ['We still have the remote maintenance login to your new mixing desk. I\'m sure you want Easter to go smoothly. Payment by Thursday would make sure of that.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'You are a bunch of great people to work with, and we hope to keep supplying the club.',
    'We have asked the ATO to hold our own lodgement open until the figures are final.',
    'Get one of your team to help with the portal login if it gives you trouble.',
  ])('fair: %s', clean);
});

describe('420. corpus-fresh79\'s kinds (the late stages): goods taken in kind, a gate blocked, a guarantee form sent for signing, a sign that says who has not paid, a judgment given by the creditor\'s own unit, the statute\'s compensation overstated', () => {
  it.each([
    ['Our yard team will attend your premises on 19 March and take back value in kind: tools, offcuts, finished stock, whatever is on the racks.', 'threats'],
    ['Our men will load pallets of your stock, whatever is on the shelves, until the debt is covered.', 'threats'],
    ['If payment is not received, our security contractor will position two vehicles across your loading bay gate from the 25th.', 'threats'],
    ['No refrigerated trucks will enter or leave until the account is settled.', 'threats'],
    ['We have therefore enclosed a personal guarantee form for him to sign, guaranteeing the company\'s account with us.', 'coercion'],
    ['Only a fool or a cheat would sign it and then claim not to know what it means.', 'abuse'],
    ['Your accounts clerk, who is evidently barely literate, has sent us three remittances with the wrong figures.', 'abuse'],
    ['A business that cannot add up a remittance has no place in food distribution, and frankly the whole outfit is a joke.', 'abuse'],
    ['From 10 March we will fix a 2.4 m by 1.2 m sign to the site hoarding facing Kings Road reading "This builder has not paid its scaffolder".', 'publicity'],
    ['On 17 March our technicians will deliver a letter to each of the 84 tenants in the mall.', 'publicity'],
    ['TAKE NOTICE that the Legal Recovery Unit of Prestwick Roofing Supplies Ltd has entered judgment against you in the sum stated above.', 'false-authority'],
    ['Under the 2012 Regulations, a supplier is entitled to compensation of €500 for each invoice paid late.', 'misleading'],
    ['Under the Regulations, interest runs at 20% per annum from the invoice date.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    // Attempts already made are the account's history, not a promise of contact.
    'We have also rung your accounts line several times without reaching anyone who could tell us when the invoice will be paid.',
    // A name joined by a particle to its surname is a name, whatever else the word means.
    'If anything on the invoices is incorrect, please contact me before that date.\n\nJapie le Roux\nManaging Member',
    'Notice of claim to credit insurer: account PF-310, £31,486.20. We have today notified our credit insurer of the overdue account.',
    'On January 26, 2026 the court signed a final judgment against your company for $18,792.33. We may also apply for a writ of garnishment against your company\'s bank accounts.',
    'A copy of the guarantee you signed on 10 June 2024 is enclosed; clause 3 allows us to demand payment from you.',
    'Our technicians will visit each of the 40 tenants\' units on Monday to service the air-conditioning.',
    'Our driver will leave the pallets in front of your loading bay door.',
    'No vehicles will enter or leave the site until the crane lift is finished.',
    'The banner at the top of the portal saying your invoice is unpaid will go once payment clears.',
    'Our legal department has obtained judgment against you, and we enclose a copy of the order.',
    'We will claim interest at the ECB reference rate plus eight percentage points and compensation of €70 under the 2012 Regulations.',
  ])('fair: %s', clean);
});

describe('421. the review of §420: its patterns kept to their kind (goods, the debt, the customer\'s own acts), and exceptions that no longer excuse', () => {
  it.each([
    ['Our bailiffs will execute a writ of attachment on your equipment on Monday.', 'threats'],
    ['We will have a writ of attachment issued and our bailiffs will clear your yard.', 'threats'],
    ['Our credit court signed the judgment this morning, and a writ of control will be passed to enforcement officers.', 'false-authority'],
    ['The court will have signed the judgment by Friday, and sheriff\'s officers will attend your premises on Monday.', 'threats'],
    ['We have called several times today. We will do the same tomorrow.', 'frequency'],
    ['I have rung your mobile several times this evening and I\'ll do the same every evening this week.', 'frequency'],
    ['You are a Prick, de Wet.', 'profanity'],
    ['Our driver was abused by that Prick de Wet at your depot.', 'profanity'],
    ['Your bookkeeper can barely read or write, judging by that remittance.', 'abuse'],
    ['Your whole firm is a laughing stock.', 'abuse'],
    ['Each of your 84 tenants will receive a copy of this demand from our staff on Monday.', 'publicity'],
    ['The Credit Control Unit of Prestwick Roofing has found you liable and made an order against you for £4,200.', 'false-authority'],
    ['Under the Regulations you must pay compensation of €500 per invoice.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'No one may enter or leave until the fire alarm is cleared by the fire service.',
    'No lorries may enter or leave until the weighbridge is up to date with its calibration.',
    'Our crane will be positioned across your site entrance for about two hours on Tuesday while the steel is lifted in.',
    'We will place a skip across your driveway on Friday as you requested.',
    'We will take an extra 2p per litre from your milk payments until the shortfall is made up, as clause 12 of the supply agreement provides.',
    'Our collection driver will collect the empty crates each week until the invoice is covered by your credit note.',
    'As discussed, we will take the balance in kind: you supply 40 cases of cheddar and we credit the account.',
    'As part of your credit account application, we enclose our standard guarantee form for your director to sign.',
    'We are sending the indemnity form for you to sign so that we can release the goods to your new carrier.',
    'Only a fool would try to run a cold chain without temperature loggers, which is why every one of our trucks has one.',
    'Nobody but a cowboy would skip the pressure test, and our engineers never do.',
    'Our new starters are barely literate in SAP yet, so please bear with us.',
    'The whole department is a shambles this week because of the office move.',
    'On 3 May 2026 the King\'s Bench Division of the High Court entered judgment against your company for £48,210.',
    'The Sheriff Court\'s commercial section has granted decree against you for £12,400.',
    'We have sent a letter to each of the 84 tenants in the mall explaining the new service-charge budget.',
    'Our site hoarding carries a banner stating that any contractor who has not paid the site induction fee will not be admitted.',
    'Under clause 9 of our terms, which you signed, we are entitled to compensation of £150 per invoice for administration costs.',
    'The Directive sets a minimum; our terms, which you accepted, set interest at 24% per annum.',
    'We have emailed you several times since January.',
    'Regards,\nPieter van der Merwe',
  ])('fair: %s', clean);
});

describe('422. corpus-fresh80\'s kinds (the middle of the ladder in ordinary voices): one harmful sentence among reasonable ones', () => {
  it.each([
    ['If it\'s still open on the 28th, two of our drivers will go round to your Reading unit and bring the laminator back with them, whether or not someone\'s there to let them in.', 'threats'],
    ['If you don\'t pay by Thursday, he will disconnect the two new panels and bring them back to the shop.', 'threats'],
    ['It\'s a small town, Hemi. Not everyone I work with is as easy-going as I am about this sort of thing.', 'coercion'],
    ['If I have to drive out to Midrand to sort this out, I won\'t be coming to talk about it, and I\'ll bring some of the yard guys along.', 'threats'],
    ['If they ask about a payment plan, cut them off: we take the full balance only, and their money problems are theirs to solve.', 'coercion'],
    ['Please don\'t send me another voice note about your bond or your kids\' school fees, that\'s your business and not mine, and the answer on paying it off in bits is no.', 'coercion'],
    ['We\'re not going to look into it: the invoice stands as issued, and if you short-pay it for damage we\'ll treat the whole thing as unpaid.', 'coercion'],
    ['I\'m assuming whoever runs your payables is either asleep or not too bright.', 'abuse'],
    ['It is our usual practice to write to the customer\'s principal clients to let them know the account is in arrears.', 'publicity'],
    ['A letter to your main customers is scheduled for June 10.', 'publicity'],
    ['Our traders\' association sends a monthly note to all member mills, and as things stand your firm\'s name will go into the April note.', 'publicity'],
    ['Subject: PRE-JUDGMENT NOTICE – Ref CCJ/0417/KM', 'false-authority'],
    ['As per the order of the Facilitation Council, you are directed to pay the full amount with interest within seven days.', 'false-authority'],
    ['Please note that a warrant of execution has been issued and the sheriff will attend at your premises on 28 November.', 'false-authority'],
    ['You\'ll be hearing from me every day this week, and next week too if it comes to that, until there\'s a date for payment.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'If the invoice is still open on October 27 and we haven\'t heard from you, it will be referred to our collection agency, Pacific Shore Credit Services.',
    'Our accounts executive, Mr. Prakash, would like to visit your office by appointment to collect a cheque or to go through the account with you.',
    'As per the order of the MSME Facilitation Council dated 10 January 2026 in case MSEFC/123, you are directed to pay the full amount with interest.',
    'We will also claim pre-judgment interest at the statutory rate.',
    'Judgment was entered against you on 2 October. A writ of control has been issued to the High Court Enforcement Officers.',
    'Our driver will bring the pallets back with him, whether or not anyone signs for them.',
    'If the invoice is still open on the 28th, our engineer will disconnect the old panel and take it away as part of the scheduled upgrade.',
    'Not everyone I work with is as patient as I am with the new system, so please bear with our team.',
    'We take the full balance only on cash-on-delivery orders; account customers pay on 30-day terms.',
    'The answer on a payment plan is no for now, but we can give you until 30 June to pay in full.',
    'We\'re not going to look into it until we have the photos of the damaged crates.',
    'You\'ll hear from us every Monday with a statement.',
    'That\'s your business, not ours, but if you want to pay by card, here\'s the link.',
    'A letter to your main customers is scheduled for June 10 announcing the new product range, as you asked.',
    'Your firm\'s name will go into the April note as a new member of the association.',
    'Whoever runs your payables is either on leave or very busy, so could you forward this?',
    'Your new display is not too bright for the shop window.',
  ])('fair: %s', clean);
});

describe('423. corpus-fresh81\'s kinds (service businesses by email and chat, the harm said in passing)', () => {
  it.each([
    ['We still hold the global admin login for your Microsoft tenant from the migration. We\'ve had clients in this spot before whose mailboxes have just stopped working one morning.', 'threats'],
    ['We still hold the global admin login for your tenant. Would be a real shame to see that happen right before your booking system goes live.', 'threats'],
    ['If there\'s no payment by then the guys have been told to load up whatever of yours is sitting on the dock and we\'ll hold it against the balance until you settle.', 'threats'],
    ['This is a small town and people have long memories, and not everyone you owe money to is as easy-going as me, if you get me.', 'coercion'],
    ['The brewery\'s cashflow is a you problem, not a Tātaki problem.', 'coercion'],
    ['I\'m not going to get into instalments or revised dates, so please don\'t ask again.', 'coercion'],
    ['With respect, Pieter, you\'re a bit of a chop, and the story is wearing very thin.', 'abuse'],
    ['Please don\'t waste my time with your usual drama about approvals.', 'abuse'],
    ['It is frankly embarrassing for a company of your size to behave like a roadside vendor haggling over every rupee.', 'abuse'],
    ['Honestly, your company is run like a gang of 419 boys in suits, collecting goods and disappearing.', 'abuse'],
    ['I\'m on a panel with Jenna Cole, the CMO over at Comfort Zone Homes, at the Dallas summit next week. Would be a shame if your account status came up over drinks.', 'publicity'],
    ['The vendor\'s channel team has asked all partners for a list of slow-paying accounts. If your payment isn\'t in by the 25th, I will have to include Marina Bay Design Collective in the list.', 'publicity'],
    ['Your company\'s been added to the watch list that the hire companies around SE Queensland share between ourselves.', 'publicity'],
    ['Please find attached a Notice of Intended Attachment of Movable Property issued against Pwani Hotels Ltd, bearing our court reference number and stamp.', 'false-authority'],
    ['Kia ora Mereana, this is Helen Grant calling from the Collections and Enforcement Department at Kōwhai Language Services.', 'false-authority'],
    ['Under our service agreement the directors become personally liable for anything past 60 days (there\'s no separate guarantee needed, it\'s built into the standard terms).', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'That\'s £1.58 a day, so £71.01 after 45 days. It keeps going up every day it\'s left, which is really the last thing either of us wants.',
    'As you can see I\'ve now copied in Priya Raman of Raman Lawyers, whom we\'ve instructed on this file.',
    'Under the credit application your director signed in 2023 (clause 14), we can also report accounts over 60 days past terms to Harbour Trade Credit Bureau.',
    'If you have any photos or timings from the night, send them through and I\'ll include them in the review.',
    'Account: LAKEVIEW PROPERTY SVCS (acct 10447). Contact log, Tue 7/15.',
    'Under clause 24 of our Standard Trading Conditions we are exercising our general lien over the two containers and will hold them against the balance.',
    'I\'m on a panel at the summit next week; would be a shame if we didn\'t catch up over drinks.',
    'We will include Marina Bay Design Collective in the list of approved partners.',
    'I have a few friends in customs who might be able to explain the new forms to you.',
    'We\'re a bit of a small team, so replies may take a day.',
    'Our new office runs like a well-oiled machine.',
    'The directors are personally liable under the guarantee they signed in 2023.',
    'Our court reference is on the claim form the court sent you.',
  ])('fair: %s', clean);
});

describe('424. the review of §421-§423: each new pattern kept to its kind (people let in, equipment the customer owns, a debt named), and each new exception kept from excusing the threat beside it', () => {
  it.each([
    ['Your account has now, after six unanswered reminders, been passed to our solicitors.', 'false-authority'],
    ['We have today formally and finally referred your account to our solicitors.', 'false-authority'],
    ['If you don\'t pay, our men will call at your shop by appointment or otherwise and take the tills.', 'threats'],
    ['How you find the money is your business, not ours, but if you want to avoid court you\'ll pay by Friday.', 'coercion'],
    ['Only a fool would ignore four reminders.', 'abuse'],
    ['Our Legal Department has entered judgment against you for the full sum.', 'false-authority'],
    ['The Adjudication Panel of Halden Ltd has granted judgment against you.', 'false-authority'],
    ['We enclose an indemnity for your director to sign personally before we release the next order.', 'coercion'],
    ['Until your credit account is brought up to date, we enclose a personal guarantee form for your director to sign and return.', 'coercion'],
    ['Our security contractor will position two vehicles across your loading bay gate on Monday.', 'threats'],
    ['We\'ll strip the place until the debt is satisfied.', 'threats'],
    ['We won\'t be looking into your complaint; the invoice stands as issued.', 'coercion'],
    ['If they start on about a payment plan, just end the call.', 'coercion'],
    ['If the invoice isn\'t paid by Friday, our engineer will disconnect the panels.', 'threats'],
    ['Our usual practice at this stage is to inform your principal clients of the position.', 'publicity'],
    ['A warrant of control was issued yesterday and the enforcement agents will attend on Monday.', 'false-authority'],
    ['The court has issued a warrant of control against your company.', 'false-authority'],
    ['The Facilitation Council has directed you to pay the full amount with interest.', 'false-authority'],
    ['PRE-JUDGMENT FINAL DEMAND', 'false-authority'],
    ['A letter to your main customers confirming your unpaid balance is scheduled for June 10.', 'publicity'],
    ['If it\'s still open on the 28th, two of our drivers will go round to your Reading unit and bring the laminator back with them, whether or not someone\'s there to let them in.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'The driver will take the empty cages away whether or not anyone is on site.',
    'The driver will bring the scaffold tubes back to our yard whether or not you\'re there on Friday, as the hire has ended.',
    'Our engineer will take the old meter away whether or not you\'re in, as Ofgem requires the swap.',
    'If the rental isn\'t paid by the 30th, we\'ll unplug our water cooler and take it back, as the rental agreement allows.',
    'Not everyone I work with is as easy-going as I am about late deliveries, so please do book the slot.',
    'We\'ll be bringing a few of the warehouse men to do the stocktake with you.',
    'I\'ll bring one of our lads to read the meters and check the seals.',
    'We\'ll take the full balance only after the credit note has been applied; until then please pay the undisputed £1,240.',
    'We need the full amount only if the goods are not returned by Friday.',
    'Our answer to your question about instalments is no different from last month: £500 a month is fine.',
    'If a customer mentions hardship, don\'t cut them off; let them finish and then offer a payment plan.',
    'Agents: when a caller asks about a payment plan, never talk over them or hang up on them.',
    'Having checked the signed delivery note, we will not look into it further; the invoice stands as issued, and you are welcome to escalate.',
    'If you short-pay invoice 101, our system will treat the whole invoice as unpaid until the remittance is matched.',
    'If the display is blank, the tablet is either asleep or not very bright; press the brightness key.',
    'We act for Harbour Steel Ltd; we will write to the client\'s bank today to confirm that your payment has been received.',
    'We will contact the customer\'s bank only to confirm the direct debit mandate, as you requested.',
    'Our standard practice is to write to the customer\'s bank to confirm any change of bank details.',
    'Our usual practice is to write to the customer\'s accounts payable staff first, then to the director.',
    'The letter to your tenants about the lift works is scheduled for Friday.',
    'The notice to your tenants about the water shut-off is scheduled for 9am on Monday.',
    'Thanks for joining the association last month. Your company will be added to the members\' register in the next update.',
    'Thank you for sponsoring this year\'s dinner; your company\'s name will go into the newsletter as a gold sponsor.',
    'Under the instructions of the local council, bins will now be collected from the rear yard on Tuesdays.',
    'In compliance with the directions of the Ombudsman, we have refunded the £200 fee.',
    'As per the instructions of the fire authority, the rear exit must be kept clear at all times.',
    'The warrant of possession that had been issued against the previous tenant has been withdrawn.',
    'Judge Ramirez signed final judgment against your company on January 26, 2026. We may also apply for a writ of garnishment against your company\'s bank accounts.',
    'On January 26, 2026 the court signed final judgment against your company. We may also apply for a writ of garnishment against your company\'s bank accounts.',
    'You\'ll be hearing from me every day this week with a progress update on the server migration.',
    'During the peak season you\'ll hear from our team every morning with the next day\'s delivery schedule.',
    'I\'ve copied in Tran van Dong from your finance team.',
    'Please ask Nguyen van Dong to confirm the remittance date.',
    'Japie le Roux',
    'If you haven\'t heard from us by Friday, it will be referred to our collection agency.',
  ])('fair: %s', clean);
});

describe('425. corpus-fresh82\'s kinds (suppliers of essential and regulated services): the lawful lever misused, and its lawful use', () => {
  it.each([
    ['We are not going to wait out the fourteen days\' notice in clause 11.3 this time. Our field team has your site booked for 5am on Thursday.', 'threats'],
    ['If it\'s not cleared by Friday, the lorry will still call on Monday, only it\'ll be to tip the last fortnight of your brown bins back out across your yard.', 'threats'],
    ['If the balance isn\'t in by Thursday, I\'ll stop every card while your trucks are halfway over the Coquihalla.', 'threats'],
    ['We\'ve taken Friday\'s payroll run out of the queue. It goes out when all three invoices clear.', 'coercion'],
    ['I got your payment plan spreadsheet, and I didn\'t open it and I\'m not going to.', 'coercion'],
    ['Don\'t ring me about January being slow, and don\'t send any more plans.', 'coercion'],
    ['Forty residents with no water in the kitchen or the bathrooms ought to concentrate minds in your finance office.', 'coercion'],
    ['A bloke who can\'t keep his own fuel account square has no business running a fleet of tippers.', 'abuse'],
    ['Your bookkeeper clearly hasn\'t got a clue how a creditor\'s statement works, and judging by the last three months, neither do you.', 'abuse'],
    ['The Technical Standards and Safety Authority has authorised us to red-tag your system and remove both tanks.', 'false-authority'],
    ['TSSA inspectors will attend with our crew on October 20 unless the balance is paid.', 'false-authority'],
    ['Things might get physical.', 'threats'],
    ['If anyone stands in front of the machine they\'ll be moved out of it, physically if need be.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'If the arrears are not paid, or a payment plan agreed with us, by 30 November, we intend to disconnect the gas supply to the premises under clause 14 of your supply contract.',
    'If access were refused, we could enter only under a warrant granted by a magistrates\' court under the Rights of Entry (Gas and Electricity Boards) Act 1954.',
    'If the account stays unpaid after that, we may end the agreement and the lorry will call to take back our bins. They are our property.',
    'Our attorneys have filed a complaint in the County Court. You will be formally served by a process server, and the summons will state the deadline for your response.',
    'Unless the arrears are paid by 15 September, collections from your premises will stop from that date.',
    'Automated dialler and SMS reminders switched off on this account while the arrangement is open.',
    'If the arrears remain unpaid after 15 April, the landlord may instruct a certificated enforcement agent under CRAR, which begins with an enforcement notice to you of at least seven clear days.',
    'Your account moved to prepaid-only on June 20, so orders will ship once each one is paid.',
    'We may report the past-due balance to the trade credit bureau as section 7 of your credit application allows.',
    'If any transactions on the statements were not made by your drivers, please report them through the portal so that we can investigate.',
    'We will post a physical copy of the invoice to your physical address.',
    'Harbor Pointe Business Park LLC v. Coastal Kinetics Physical Therapy LLC',
    'We will proceed with no further notice to your landlord.',
    'We are not going to wait for the end of the notice period to send you the final bill; it is attached.',
    'Please don\'t send more plans by post; email them to accounts so we can reply quickly.',
    'A quick call this week should concentrate minds on both sides and get this agreed.',
    'The regulator has authorised us to read the meters remotely from 1 June.',
    'Officials will attend with our crew only at the inspection you booked.',
    'We haven\'t got a clue where the parcel went, so we have asked the courier.',
  ])('fair: %s', clean);
});

describe('426. the sender\'s own past message withdrawn, named by how it was signed or headed', () => {
  it.each([
    ['Our letter is signed "Legal Enforcement Unit" and you must pay today.', 'false-authority'],
    ['Our email of 3 June was signed "Legal Enforcement Unit". Pay today.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Our email of 3 June was signed "Legal Enforcement Unit, IMDA Regulatory Liaison Office" and said we were "acting with IMDA\'s authority in this matter". That was wrong, and I apologise.',
  ])('fair: %s', clean);
});

describe('427. the review of §423-§425: patterns kept to the customer and the debt (a you-problem named as one cause, plans put off or asked for another way, a scam that acts like one, money held against an invoice), and exceptions kept from excusing the threat beside them', () => {
  it.each([
    ['We will tell the trade credit bureau, your bank and your main customers that you don\'t pay your bills.', 'publicity'],
    ['Pay by Friday or we inform the trade credit bureau, your landlord and your bank.', 'publicity'],
    ['As your signed terms allow, we have notified the regulator and the credit bureau of your default.', 'false-authority'],
    ['Under clause 9 of the credit application, HMRC and the credit reference agency have been alerted to your debts.', 'false-authority'],
    ['I\'ll include your name in the review on our public website so the whole trade can see it.', 'publicity'],
    ['You\'ll be hearing from me every day with updates on what we\'ll do next until you pay.', 'frequency'],
    ['Unless you pay today, the crew will come round and take back our bins and whatever else is in your yard.', 'threats'],
    ['If you don\'t pay, we will collect our cages from your premises and load your stock as well.', 'threats'],
    ['Unless paid, we will disconnect the chillers under clause 4, with the stock still inside.', 'threats'],
    ['If you don\'t pay by Monday we will disconnect your phones and take the switchboard away under clause 12.', 'threats'],
    ['Our IT team have obtained a warrant to enter your office and remove the servers on Friday.', 'false-authority'],
    ['A warrant of entry has been issued against your premises and our team will enter on Monday.', 'false-authority'],
    ['The summons will give a date by which your directors must attend court.', 'false-authority'],
    ['Dear Sir, please note the following. Account: IMMEDIATE PAYMENT IN FULL TODAY. Thanks.', 'shouting'],
    ['Another excuse came from Prick de Wet in your accounts office.', 'profanity'],
    ['Forty residents with no water in the kitchen or the bathrooms ought to concentrate minds in your finance office.', 'coercion'],
    ['Maybe a week without hot water will help your accounts team find the money.', 'coercion'],
    ['If the balance isn\'t in by Thursday, I\'ll stop every card while your trucks are halfway over the Coquihalla.', 'threats'],
    ['If anyone stands in front of the machine they\'ll be moved out of it, physically if need be.', 'threats'],
    ['Bearing our court reference number and stamp, the notice is to be served at your premises on Monday.', 'false-authority'],
    ['It is frankly embarrassing for a company of your size to behave like a roadside vendor haggling over every rupee.', 'abuse'],
    ['Honestly, your company is run like a gang of 419 boys in suits.', 'abuse'],
    ['A bloke who can\'t keep his own fuel account square has no business running a fleet of tippers.', 'abuse'],
    ['TSSA inspectors will attend with our crew on October 20 unless the balance is paid.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Whether the delay is a supplier problem or a you problem, the invoice is still due on the 30th.',
    'We won\'t go into instalments on this call, but our credit team will ring you tomorrow to discuss a plan.',
    'Thanks for your proposal; we did not open it because the attachment was corrupted, could you resend it as a PDF?',
    'Please don\'t send any more plans until we have reviewed the first one.',
    'If you ever need a plan, don\'t ask again, just use the form on our website.',
    'We look forward to catering your weekly games again once the April invoice is settled.',
    'If an email asking you to change our bank details looks or acts like a scam, please call us.',
    'Invoice fraudsters operate like a gang, so always phone us to check our bank details.',
    'Suppliers have no business running credit checks on you without your consent.',
    'We have no business operating in Scotland, so please send remittances to our Leeds office.',
    'If you don\'t have any clue which invoice this relates to, just call and we\'ll help.',
    'A short call this week should concentrate minds and get this resolved.',
    'A fixed date for the meeting should concentrate minds on finding a solution.',
    'We are not going to wait out the full notice period if you ask us to end the contract early.',
    'As agreed on the call, we will not observe the 14 days\' notice and will close the account today, as you requested.',
    'We will not give you any notice of price increases beyond what clause 6 requires.',
    'If your card is stolen, we\'ll block the card straight away, even while your drivers are on the road.',
    'We can suspend a lost card instantly while your trucks are in transit.',
    'We\'ll hold the overpayment against the balance of invoice 55.',
    'We\'ve taken Friday\'s payroll run out of the queue at your request while you correct the bank details.',
    'Two of our credit control officers will come with me to the meeting.',
    'Council inspectors will attend with our crew on Tuesday for the annual fire-door survey you booked.',
    'Trading Standards officers will come with us to check the weighbridge.',
    'The regulator has authorised us to cap the unsafe appliance.',
    'I have friends in customs at Tilbury who cleared our last container quickly.',
    'We have excellent contacts in customs and can usually clear your containers within a day.',
    'I\'m calling from the Billing and Enforcement Department of the council about your business rates.',
    'Our court reference number and stamp are on the attached notice.',
    'We will physically remove the old meter when we fit the smart meter you ordered.',
    'We can deliver the documents physically if need be, by courier.',
    'The directors are personally liable under the Deed of Guarantee and Indemnity you signed on 3 May 2023.',
    'Both directors are personally liable under guarantees signed when the account was opened in 2021.',
    'We share a fraud watch list with other suppliers to block fake bank-detail emails.',
    'Account: LAKEVIEW PROPERTY SVCS (acct 10447). Contact log, Tue 7/15.',
    'We could enter only under a warrant granted by a magistrates\' court under the Rights of Entry (Gas and Electricity Boards) Act 1954.',
    'We may report the past-due balance to the trade credit bureau as section 7 of your credit application allows.',
    'Under the credit application your director signed in 2023 (clause 14), we can also report accounts over 60 days past terms to Harbour Trade Credit Bureau.',
    'If you have any photos from the night, send them through and I\'ll include them in the review.',
    'You\'ll be hearing from me every day this week with a progress update on the server migration.',
    'If the arrears are not paid by 30 November, we intend to disconnect the gas supply to the premises under clause 14 of your supply contract.',
    'Regards, Pieter van der Merwe',
  ])('fair: %s', clean);
});

describe('428. corpus-fresh83\'s kinds (a plain cross-section), measured before tuning at the session\'s end and tuned on after', () => {
  it.each([
    ['Attached is an Acknowledgement and Release. By signing, your company confirms the full S$27,340.50 is due and withdraws the damage claim in full and for all purposes.', 'coercion'],
    ['And I don\'t want to hear about the hospital again, it doesn\'t change what you owe.', 'coercion'],
    ['Not a bit now and a bit next month, not after the calves are sold, the whole lot.', 'coercion'],
    ['A man who cannot pay the consultant who wrote his business plan is nothing but a fraud in fine clothes.', 'abuse'],
    ['You are the most unserious client I have dealt with in fifteen years of practice.', 'abuse'],
    ['Your staff take after you: useless, lying, and rude on the telephone to my secretary.', 'abuse'],
    ['Both candidates told us who the principals are on the tower job. If we\'re not paid by 15 May, we\'ll be letting those principals know that you can\'t meet your obligations.', 'publicity'],
    ['Rotate the outbound caller ID through the other trunk lines so they can\'t screen us.', 'frequency'],
    ['Ten-plus a day until somebody picks up, Saturdays too.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'Silage in May and again in July, invoices 118, 124 and 131. I\'ve rung the house a good few times and Maura tells me you\'re at the mart.',
    'You are hereby called upon to pay the said sum of ₹7,84,500 to my client within fifteen days of receipt of this notice.',
    'Since February we have supplied 1,240 bags of cement and 6,000 nine-inch blocks to your Lekki site.',
    'If a payment is missed, the remaining balance becomes due at once, and new work would need to be paid in advance until it\'s cleared.',
    'Your damage claim has been registered as CLM-2291 and will be handled under the claims procedure in our standard trading conditions.',
    'Yours sincerely,\nPaul Crookes\nCredit Manager, Hallam Fixings & Tools Ltd',
    'By signing the plan, your company confirms the balance and we release the hold on your account.',
    'All goods belonging to your company will be released today, whichever invoice they relate to.',
    'You are the most organised client we have dealt with this year.',
    'Our new controller is nothing but a great asset to the team.',
    'Please change the caller ID on your switchboard so our calls aren\'t screened as spam.',
    'We\'ll let those customers know when the new price list is out.',
  ])('fair: %s', clean);
});

describe('429. corpus-fresh84\'s kinds (rural and regional trade), measured before tuning last session and tuned on now', () => {
  it.each([
    ['On 8 August my team will come through your gate, pull the pump and the panels, and we will cut the line at the wellhead so nobody puts another pump in on the cheap.', 'threats'],
    ['We will cut the supply line at the meter so nobody can use it until we are paid.', 'threats'],
    ['Your hands can wait a week.', 'coercion'],
    ['Your farmhands can wait a fortnight for their money.', 'coercion'],
    ['Hold back their checks and send us the money instead.', 'coercion'],
    ['Withhold the crew\'s wages this Friday and pay us first.', 'coercion'],
    ['You know what you are, boet? A mamparra.', 'abuse'],
    ['A domkop with a bakkie.', 'abuse'],
    ['I\'ve had thieves in this yard with better manners than you.', 'abuse'],
    ['Even the tea boy has more manners than your accounts team.', 'abuse'],
    ['I\'m going to raise it at the next discussion group as an example of how some farms treat their vets.', 'publicity'],
    ['I\'ll be emailing the other two practices so they know not to take you on.', 'publicity'],
    ['I\'ll ring round the other merchants so they all know not to supply you.', 'publicity'],
    ['From today you\'ll hear from me at breakfast, lunch and supper, every day.', 'frequency'],
    ['I\'ll send you a voice note whenever I wake up at night.', 'frequency'],
    ['I\'ll ring you whenever I feel like it until this is paid.', 'frequency'],
    ['Once we list a default it stays on your record for life.', 'misleading'],
    ['A judgment stays on your company\'s record permanently.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'When you opened the account you signed our credit application, which allows us to report an overdue debt to a credit reporter.',
    'After that date we will add them and pass the account to our solicitor to issue a civil summons.',
    'Our solicitor will issue a District Court summons on 1 September.',
    'Under the buyer terms you signed, you will not be able to bid at our sales until the account is settled.',
    'You won\'t be able to bid at Friday\'s sale unless the buyer registration is complete.',
    'You will not be able to order from us until the balance is cleared.',
    'Our driver will come through your gate on Friday and remove our empty skip.',
    'The electrician will cap the old cable so nobody can touch it by accident.',
    'We cut the old cable so nobody trips over it.',
    'Your staff can wait in reception until our engineer arrives.',
    'Your staff can wait until payday for the new uniforms.',
    'Please do not hold back your staff wages to pay us; we would rather agree a plan.',
    'Hold back the delivery until you have checked the invoice and send us any queries.',
    'Our new portal has better features than the old one.',
    'You have more sense than to sign something you haven\'t read, so please read the terms.',
    'I\'ll mention your farm at the co-op meeting as an example of how well the new grazing plan works.',
    'We used a made-up account as an example of how a payment plan works at the trade association seminar.',
    'Tell the other practices so they know not to book the same slot.',
    'You\'ll hear from me again by Friday, and every day after that I will be on leave.',
    'You will hear from us once a week, on Mondays, until the plan is agreed.',
    'Call me whenever you like.',
    'I\'ll ring you whenever you have a minute this week to go through the statement.',
    'A default stays on your credit file for six years, even if you pay it, but it will be marked as satisfied.',
    'Your payment history stays on your file for six years, as the credit bureau\'s rules require.',
  ])('fair: %s', clean);
});

describe('430. The numero sign: "No." before a number, or "No" after a word, is "number", not a negation', () => {
  it.each([
    ['Claim No 2024-CC-041187 has been issued against you.', 'false-authority'],
    ['Case No 77 has been filed against your company.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'No 3rd party will be told about this account.',
    'Invoice Nos. 5512 and 5513 are overdue; we have no plans to involve bailiffs.',
    'Invoice No 5512 is overdue and no bailiffs will be sent.',
  ])('fair: %s', clean);
});

describe('431. A review of §429\'s kinds (f154abdc): the fair sentences its patterns caught and the harmful ones its exceptions let through', () => {
  it.each([
    ['You won\'t be able to bid at any sale in the district once I\'ve spoken to the auctioneers.', 'threats'],
    ['You will not be able to bid at any auction in the state after I\'m done with you.', 'threats'],
    ['You won\'t be able to trade in our town once everyone hears what you did.', 'threats'],
    ['You will never be able to open in our district again, I\'ll see to that.', 'threats'],
    ['I\'ll make sure you can\'t trade in our industry ever again.', 'threats'],
    ['You won\'t be able to do business with our neighbours, our co-op or anyone round here.', 'threats'],
    ['You won\'t be able to sell at our farmers\' markets or any other market in the county once the other stallholders hear.', 'threats'],
    ['You will not be able to bid on any platform in the country once your name is on the list I\'m circulating.', 'threats'],
    ['You won\'t be able to get credit with our industry\'s lenders after this.', 'threats'],
    ['I\'ll see to it that you never trade on our high street.', 'threats'],
    ['We will tell the credit reporting agencies, your customers and the local paper.', 'publicity'],
    ['We\'ll report you to a credit reporter and send your name to every supplier in the district.', 'publicity'],
    ['I\'ll send a copy of your unpaid invoice to the credit reporting body and to your biggest customers.', 'publicity'],
    ['Our lawyer will issue a criminal summons against you and your directors.', 'false-authority'],
    ['We are preparing a federal summons against your company.', 'false-authority'],
    ['We will file a personal summons against you for fraud.', 'false-authority'],
    ['Tell your lads they\'ll get paid when we do.', 'coercion'],
    ['Don\'t pay the crew this week; send the money to us instead.', 'coercion'],
    ['Pay your pickers next month, pay us now.', 'coercion'],
    ['Stop paying your crew until our invoice is cleared.', 'coercion'],
    ['I\'ll hold you up at the next co-op meeting as an example of how not to run a farm.', 'publicity'],
    ['I\'m going to name you at the Rotary meeting as a cautionary tale.', 'publicity'],
    ['I\'ll call you whenever I\'m bored until you pay.', 'frequency'],
    ['We will let your bank, your landlord and the credit reporting agency know you don\'t pay.', 'publicity'],
    ['You won\'t be able to open in our shopping centre or anywhere else once the landlords hear.', 'threats'],
    ['You won\'t be able to sell on our island again.', 'threats'],
    ['I\'ll make sure you never trade at our market or any other market in the state.', 'threats'],
    ['Our agent will raise a formal summons at the sheriff\'s office today.', 'false-authority'],
    ['We will file a magistrates court summons against you personally for theft.', 'threats'],
    ['We will issue the criminal summons on Monday.', 'false-authority'],
    ['We will report you for theft.', 'threats'],
    ['We will file a magistrates court summons against you personally for theft.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Our crew will wait until payment clears before we start the second pour.',
    'The crew can wait a bit while the inspector finishes the footings.',
    'Our hands will wait until the buyer arrives before loading the cattle.',
    'Our labourers can wait until next week to start if that suits you better.',
    'The farmhands can wait for their lunch until the trucks are loaded.',
    'Our crews will wait longer on site if the crane is late, at no extra charge.',
    'The staff can wait a week for the new rosters; there is no rush.',
    'The team will wait until the money is in escrow before ordering the steel, as the contract says.',
    'Your people can wait until the cheque clears before they collect the trailer.',
    'Our crew will just have to wait a few days for the parts to arrive.',
    'The harvest crew can wait until the buyer confirms the tonnage.',
    'Skip the cheques and pay us by bank transfer; it is quicker for both of us.',
    'Delay your cheque and send us a bank transfer instead, so it clears before Friday.',
    'Hold back the cheques until the credit note is issued and send us the remittance advice.',
    'Postpone the checks until Tuesday and send us the inspection report when it is done.',
    'Defer the safety checks to next month and send us the updated schedule.',
    'Skip the checks at the gate and give us a call from the weighbridge.',
    'Our new ram has better breeding than your current sire, so the lambs should finish earlier.',
    'Heifers from this line have better breeding than your old stock and will calve more easily.',
    'Your foreman showed more courtesy than your competitors ever did, and we appreciated it.',
    'Nobody has more sense than your site manager when it comes to drainage.',
    'Your team showed more integrity than your auditors expected, and the books reconcile.',
    'Our new courier has better manners than your old one, by all accounts.',
    'This year\'s Merino clip shows more class than your last three, well done.',
    'The new bulls have finer breeding than yours, which is why the price is higher.',
    'Your daughter has more sense than you give her credit for; she sorted the invoices in an hour.',
    'I\'ve told our depot so they know not to supply your site until the stop is lifted.',
    'I\'ve copied in our credit team so they know not to open an account until the guarantee arrives.',
    'I\'ve let the warehouse know so they know not to accept your returns without a return number.',
    'I have updated our system so our sales staff know not to sell to you on credit for now.',
    'I\'ve told our engineers so they understand not to work for you outside the agreed hours.',
    'I\'ll update the notes so our team knows never to supply your old site by mistake.',
    'We\'d like to present your farm at the field day as an example of how some farms have cut their vet bills.',
    'I\'ll raise it at the next team meeting as an example of how not to set up a direct debit.',
    'We\'ll use your project at the members\' evening as an example to everyone of what good planning looks like.',
    'We\'ll cut the old pipe and cap it so nothing can leak into the new trench.',
    'Please cut the power at the main so no one can get a shock while we work.',
    'We have disabled the old API connection so that nothing else runs against the retired endpoint.',
    'We\'ve cut the phone line to the old office so nobody gets confused about which number to ring.',
    'The fencer will cut the wires on the old boundary so nothing gets caught in them.',
    'Our plumber will sever the redundant gas main so nobody can reconnect to it by mistake.',
    'The electrician will disable the old feed so that nobody can switch it on during the refit.',
    'We will disable the spare connections on the switchboard so no one uses them until they are tested.',
    'You will hear from us on Monday; the site team checks in each morning.',
    'You\'ll hear from us at the start of each working day with the delivery schedule.',
    'You\'ll hear from me on Friday; I\'m in the office every day next week if you need me.',
    'I\'ll send the revised statement whenever I get a chance this week.',
    'Please call me any time; I\'ll ring you back whenever I get a chance.',
    'I\'ll send you a photo of the stock whenever I get a chance.',
    'Feel free to message me; I\'ll reply whenever I have a spare minute.',
    'We\'ll email the updated price list each time we get a chance to review it.',
    'Your signed delivery dockets stay on the file permanently for audit purposes.',
    'Your preferences stay on your profile permanently until you change them.',
    'The warning shows on the account record indefinitely until the balance is paid.',
    'Your data remains on the file for good reason: the law requires us to keep it for seven years.',
    'Your name stays on the record permanently as a founding member of the co-op.',
    'The guarantee remains on the file indefinitely until you ask us to release it.',
    'Your herd history stays on the profile for life, so buyers can see the breeding.',
    'Your loyalty discount shows on your profile permanently once you have traded with us for five years.',
    'I\'d rather you pay your staff first; the crew can wait until payment is sorted, we\'ll agree a plan.',
    'Thanks for your patience; our staff can wait a bit longer for the replacement laptops.',
    'Our team will wait until payment is received before releasing the order, as stated in our terms.',
    'We will hold the goods and our staff can wait until the buyer collects them.',
    'The crew will wait until the cheque is in the account before mobilising, per the deposit clause.',
    'Skip the paper cheques and transfer us the balance online.',
    'Delay the cheque run until Thursday and pay us by EFT instead, which saves both of us the postage.',
    'These seedlings have better vigour and more class than your average nursery stock.',
    'Your accountant has more patience and more sense than you\'d guess from that email, and she sorted it quickly.',
    'The Angus cross has better breeding than yours, but yours put on weight faster.',
    'Our new hires have better manners than your regular drivers, so you tell me.',
    'We\'ve flagged the account so our branches know not to supply you on credit until the overdue invoices are paid.',
    'I\'ve updated the system so the counter staff know not to extend credit to you until the account is current.',
    'We\'d be delighted to raise your success at the next discussion group as an example to the others.',
    'I\'ll mention your dairy at the branch meeting as an example of how some farms have cut their feed costs.',
    'Our technician will disable the old connection so no one can log in with the shared password.',
    'I\'ll visit the site whenever I have a spare minute next week to check the fencing.',
    'I\'ll phone the supplier whenever I think of it, sorry, I\'ll set a reminder instead.',
    'Your membership number stays on your profile permanently, even if you change address.',
    'Your signature stays on the file forever? No: we delete signed forms after seven years.',
    'Your history with us stays on the file for good, which is why we\'d like to keep it positive.',
    'We keep a record of every call, and it stays on the file permanently as our policy requires.',
  ])('fair: %s', clean);
});

describe('432. corpus-fresh85\'s kinds (pressure and half-truths between mid-sized firms), measured before tuning and tuned on now', () => {
  it.each([
    ['If the balance isn\'t cleared by August 29, I honestly can\'t promise your records will still be there the following week.', 'threats'],
    ['Whether I describe Brightwire as a reliable account or as something quite different will depend on what lands in our account before Friday. You put us down as a trade reference on your tender.', 'coercion'],
    ['If the dues are not cleared by 15 November, we will be obliged to write to the State FDA licensing authority about the gaps we have noticed in your packaging reconciliation.', 'threats'],
    ['We may have to mention to the tax office what we have seen in your books.', 'threats'],
    ['You paid in advance for the service plan. Until the goods account is cleared, our technicians won\'t attend any of your cafés, prepaid or not.', 'coercion'],
    ['Perhaps this is simply too much for a junior lady so near retirement.', 'abuse'],
    ['It would be better handled by someone more senior and less emotional.', 'abuse'],
    ['You\'re a two-faced little snake, Derek.', 'abuse'],
    ['Your manager is a lying little rat.', 'abuse'],
    ['Call me back, if you can find your spine.', 'abuse'],
    ['This evening I will post Deccan Polymers\' name, GSTIN and these bill numbers in the Nhava Sheva Forwarders group, around 400 members.', 'publicity'],
    ['We will share your company\'s details and invoices in the regional hauliers\' network.', 'publicity'],
    ['Our Legal Department has filed suit against you in Hillsborough County. Once payment is received, the suit will not be filed.', 'false-authority'],
    ['Our attorneys have filed a claim against your company. If you pay by Friday, the claim will not be filed.', 'false-authority'],
    ['It\'s just a formality for our records; signing it doesn\'t commit you personally to anything. 4. The individual signing below personally guarantees all present and future amounts owed.', 'misleading'],
    ['We supply a number of licensed premises in the borough, and we have notified the licensing authority about your overdue account.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'We can\'t accept a six-month plan on a balance this old. We can accept three monthly payments of $7,213.33 each.',
    'Castle Recovery Ltd, a collection agency authorised by the FCA, will contact you on 3 June.',
    'The licensing authority has approved your renewal; please pay invoice 55 by Friday.',
    'We reported the figures to the licensing authority as the law requires.',
    'We can\'t guarantee your files will be kept after the 90-day retention period in clause 12.',
    'Unless we hear from you, we can\'t guarantee the backups will survive the migration, so please confirm the window.',
    'I can\'t say whether your artwork is still in the archive; I will check and call you.',
    'The delivery date will depend on what arrives from the mill this week.',
    'Our engineer won\'t attend until the site is safe; your prepaid service visit is still booked.',
    'Is the load too heavy for one driver? We can send two.',
    'I\'ll put your invoice numbers in the email so you can check them.',
    'We\'ll post the new price list in the customer portal.',
    'We make two-faced illuminated signs for shopfronts.',
    'Your yard is a pig pen after the rain, so our driver will unload at the gate.',
    'Our lawyers have filed a claim against the carrier for the damaged goods. The claim will not be filed against you.',
    'The claim was filed in the county court on 3 May, claim number K4QZ1234; the hearing date is set for 2 July.',
    'Signing the plan is just a formality: it records the dates we agreed. It does not add any charge.',
    'The guarantee form is not a formality: the individual signing below personally guarantees all present and future amounts owed, so please take advice.',
  ])('fair: %s', clean);
  it.each([
    'We do not accept payment plans. Payment in full by Friday.',
    'We will not accept instalments. We can accept payment by card or bank transfer.',
  ])('still a refusal of any arrangement: %s', (text) => flags(text, 'coercion'));
});

describe('433. A capital word after a sentence\'s first word, across a comma, or before a name\'s particle is not read as a name', () => {
  it.each([
    ['Listen, Twat, pay the invoice.', 'profanity'],
    ['Listen, Twat van Wyk, pay the invoice.', 'profanity'],
  ])('flagged: %s', flags);
  it.each([
    'Dear Mr Cox, thank you for your order.',
    'Richard Cockburn approved the invoice on Monday.',
    'We spoke to Anna Dick on Tuesday.',
    'Please ask Pieter van der Merwe to call me.',
  ])('fair: %s', clean);
});

describe('434. A friend in an authority named by where they are, with what they will do to the customer\'s things', () => {
  it.each([
    ['I have friends in customs who will take a closer look at your next container.', 'false-authority'],
    ['My mates at the council might have a look at your licence.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'I have friends in customs at Tilbury who cleared our last container quickly.',
    'We have excellent contacts in customs and can usually clear your containers within a day.',
    'Our contacts at the port will check your paperwork before the ship docks, as agreed, to avoid delays.',
  ])('fair: %s', clean);
});

describe('435. Shut out of the whole trade, the sender\'s own sales with it (the review of §429 found the exception let these through)', () => {
  it.each([
    ['You will not be able to trade with us, or anyone else in the trade, once I put the word out.', 'threats'],
    ['You won\'t be able to bid at our sales or any other sale in the country, I\'ll be ringing round.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'You will not be able to order from us until the balance is cleared.',
    'We cannot deliver to you or anyone else in the area on Sundays.',
    'If you or anyone else in the district wants a quote, call me.',
  ])('fair: %s', clean);
});

describe('436. A review of §432\'s kinds (a83428db): the fair texts its patterns caught and the harmful ones its exceptions let through', () => {
  it.each([
    ['There will be no payment plan and no instalments on this debt: the full £9,400 by Friday. For future orders we can accept monthly payments by direct debit once the account is clear.', 'coercion'],
    ['We do not do payment plans, and we never will. We could offer a shorter plan to a customer who paid on time, but not to you.', 'coercion'],
    ['We will not accept instalments of any kind. I can accept two payments today only if both arrive before 5pm and together cover the full balance.', 'coercion'],
    ['Your suggestion that we will accept three monthly payments is wrong: it is the whole balance or nothing.', 'coercion'],
    ['HMRC has been informed, as the law requires, that your company has not paid us.', 'false-authority'],
    ['The relevant authority will be notified of your default, as the regulations require.', 'false-authority'],
    ['We are obliged under our licence to inform the government of customers who do not pay within 30 days.', 'false-authority'],
    ['You\'re a snake oil salesman and everyone in the trade knows it.', 'abuse'],
    ['You are nothing but a snake.', 'abuse'],
    ['Your boss is one slimy little toad.', 'abuse'],
    ['What we have seen in your books would interest HMRC, I\'m sure. Pay by Friday.', 'threats'],
    ['Unless the £4,200 arrives, the licensing authority will hear about the hygiene problems our drivers saw in your kitchen.', 'threats'],
    ['Our Legal Department has filed suit against you in Hillsborough County. If payment is received by Friday, we won\'t file it.', 'false-authority'],
    ['Our attorneys have filed a lawsuit against you. Pay by Friday and the lawsuit won\'t go to court.', 'false-authority'],
    ['A claim has been issued against you at the County Court Business Centre, claim number K4QZ1234. If you pay now, we will not submit it.', 'false-authority'],
    ['Just sign it, nothing to worry about, it\'s purely administrative. The individual signing below personally guarantees all present and future amounts owed.', 'misleading'],
    ['We will not accept a payment plan; the full balance is due on Friday. We can accept two payment methods: card or bank transfer.', 'coercion'],
    ['No instalments, no plan, no excuses. We would consider monthly payments for a customer we trusted; you are not one.', 'coercion'],
    ['The authorities have been told about your company, as the law requires.', 'false-authority'],
    ['The government will be informed of your default where the law requires it.', 'false-authority'],
    ['Your directors have been reported to the authorities, as our licence requires.', 'false-authority'],
    ['You\'re a snake oil merchant.', 'abuse'],
    ['Your MD is a snake oil salesman who never pays his bills.', 'abuse'],
    ['You lot are snake oil men.', 'abuse'],
    ['Listen, you pig, pen the cheque today.', 'abuse'],
    ['Find some backbone and pay.', 'abuse'],
    ['It\'s a quick signature, no commitment on your part. Clause 4: the signatory personally guarantees all amounts owed.', 'misleading'],
    ['Go on, you rat, run off with our money like you always do.', 'abuse'],
    ['You snake, oil your excuses somewhere else and pay us.', 'abuse'],
    ['You greedy pig, feed on someone else\'s goodwill from now on.', 'abuse'],
    ['You\'re a rat, trapping suppliers with promises you never keep.', 'abuse'],
    ['You are all snake oil salesmen, the lot of you.', 'abuse'],
    ['We have informed HMRC of your non-payment, as the law requires of creditors.', 'false-authority'],
    ['The regulator has been notified of your late payments, as our licence requires.', 'false-authority'],
    ['We will not agree to a payment plan. We can accept two payments only: the first today and the second tomorrow, for the full £8,000.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We have written to HMRC about the VAT error we found on our own March return; it does not affect your invoices.',
    'Our auditor asked HMRC about a discrepancy we spotted in our own payroll; your statement is unaffected.',
    'The fire service inspected our warehouse on Monday, and after what we found we have moved your pallets to bay 4.',
    'We contacted Building Control regarding the cracks we have noticed in our own extension, so the site office will be closed on Friday.',
    'Trading Standards issued new labelling guidance last month; on the labels we have seen since, your packs already comply.',
    'As your accountants, we will write to HMRC about the errors we found in last year\'s return, once you have approved the letter.',
    'The licensing team asked us about the late deliveries we have noticed from the brewery; we told them it was a supply problem on our side.',
    'The tax office wrote to us about the refund; what we have seen suggests it will be paid to you by the end of the month.',
    'Thanks for putting us down as a trade reference; we have sent it to Acme today. Your next delivery will depend on when the steel arrives from the mill.',
    'Please quote our supplier reference SUP-0042 on your remittance. The date we can ship order 771 will depend on when your payment clears.',
    'Invoice 4471 relates to tender reference TR-2025-19. Whether we deliver on Monday or Tuesday will depend on when the cladding arrives.',
    'We have updated the tender reference on invoice 55 to TR-88. Please review the reference on your purchase order so the two match.',
    'Our supplier reference for you is V-2231. Please cancel the old reference number and use the new one on all remittances.',
    'Please use business reference B-1109 on the payment. We are happy to support a payment plan if that would help you.',
    'Bid reference BR-44 is shown on the attached invoice. Tender documents may be delayed by the bank holiday, so our quote will follow on 3 June.',
    'Thank you for listing us as a trade referee. The invoice remains unpaid while your query is pending with your site manager; we will not chase it until you reply.',
    'Your boiler was paid for in full in March. Our engineer won\'t attend until the access road is cleared of snow; we\'ll ring you on Monday to rebook.',
    'Your prepaid service plan covers four visits. Our technician will not visit until the scaffolding is cleared from the plant room, as the risk assessment requires.',
    'Your own account is paid up in full. The rep will no longer visit on Tuesdays until the roadworks are cleared; she will come on Wednesdays instead.',
    'Your order is a snake plant, two ferns and a peace lily, all dispatched today.',
    'Your customer is a pig farmer in Norfolk, and the feed invoice is addressed to his farm.',
    'Your new product is a slug trap for allotments; we\'ll list it in the spring catalogue.',
    'Your technician is a rat catcher by trade, so he will know the bait boxes well.',
    'Your firm is a worm composting supplier, and invoice 22 covers the bins.',
    'Your unit is a maggot farm for anglers, so the refrigeration invoice is at the higher rate.',
    'Your garden centre order is a pallet of slug pellets and a case of toad houses.',
    'The pylon sign was two-faced, so we billed for both faces on invoice 221.',
    'The display is two-faced and lit from inside; invoice 5510 covers both panels.',
    'The menu board is a two-faced unit, so please allow space behind it.',
    'For the hardback run you\'ll find a spine template attached, at 24 mm for 320 pages.',
    'To quote for the campus link we need to find a backbone route between the two buildings.',
    'You\'ll find your balls of twine packed separately in the second carton.',
    'Each box weighs 30 kg, which is too much for one woman or man to lift safely, so please have two staff ready at delivery.',
    'The new tariff was too much for the pensioners in your sheltered housing scheme, so we have frozen it until April.',
    'If anyone on site prefers the less sensitive alarm setting, our engineer can change it on the next visit.',
    'Anybody needing a less sensitive smoke detector for the kitchen can order model K2 at the same price.',
    'I\'ll drop the invoice numbers into the shared Slack channel with your AP team this afternoon.',
    'Please put your PO and invoice numbers in the accounts-payable channel on our portal.',
    'I\'ll put the names of the three invoices in the group chat we share with your finance team.',
    'We have not yet issued proceedings. Separately, our lawyers have filed a claim against Northway Freight for the pallets damaged in transit.',
    'We have not filed a lawsuit. Our subcontractor has brought an action against Harlow Plant Ltd, which does not involve your account.',
    'Updating your bank details is just a formality. Separately, under the guarantee you signed in 2021 you personally guarantee all amounts owed on the account.',
    'The change of address form doesn\'t commit you to anything. As the signer of the 2022 guarantee you are personally liable for the balance, as before.',
    'Signing the delivery note is only a formality; the personal guarantee is a separate document, and the director who signs it personally guarantees all sums due.',
    'This form is not merely a technicality: whoever signs it personally guarantees all the company\'s debts to us.',
    'Castle Recovery Ltd, an agency authorised by the Financial Conduct Authority, will contact you on 3 June if the balance is unpaid.',
    'The payment amount will depend on what arrives: we invoice by weight on delivery. Your trade references were sent to the bank on Monday.',
    'Your gearbox is a worm drive, so we have quoted the bronze wheel separately on invoice 3310.',
    'Your lunch order is a toad in the hole for twelve, delivered at 12.30.',
    'Your event is a pig roast for 200 guests, and the deposit invoice is attached.',
    'You are a pig producer, so the Red Tractor surcharge applies to your feed order.',
    'Your shop steps are too difficult for a woman with a pushchair, so we have quoted a ramp.',
    'A person with less sensitive skin can use the standard gloves; the rest should order the nitrile pair.',
    'Please locate your spine boards in the first-aid cabinet before the inspection on Friday.',
    'We will share your company name and contact details on the installer network map from Monday, as agreed in the partner form.',
    'You have filed a claim against Marlow Ltd, you told us; we have not yet issued any claim against you, and hope we will not need to.',
    'Your administrator has brought an action against Delta Bank Plc. We had not issued proceedings against you before the administration began.',
    'There is no obligation on you to sign the new guarantee; your existing guarantee, under which you personally guarantee all amounts owed, stays in force.',
    'HMRC guidance on VAT for exports, which we have found useful, is attached for your team.',
    'The HSE guidance on ladders that we have seen recommends two people for this job, so our quote includes a second operative.',
    'The environmental health officer\'s report on your kitchen, which we have seen, gave you five stars; congratulations.',
    'We will speak to the tax office about the duplicate payment we have found, and refund you once they confirm.',
    'Your machine was paid for in full. Our engineer will not attend on the 5th unless the safety defects in the boiler house are cleared.',
    'The invoice was paid on the day, thank you. We won\'t visit again until the parts order is received from Germany.',
    'Our supplier reference for you is ACC-19. Whether we ship on Tuesday depends on when the haulier arrives.',
    'Tender reference T-19: the invoice is attached. We would be glad to support your next bid if you\'d like a letter, whatever happens with this invoice.',
    'Our trade references are on the credit application; please ring any of them. Whether the pallet can go on Friday\'s van depends on whether the forklift is repaired.',
    'Your mascot is a pig in a hard hat, so we printed it on the site banners.',
    'Your product code is a rat bait station refill, RBS-20, and it is back in stock.',
  ])('fair: %s', clean);
});

describe('437. corpus-fresh86\'s kinds (a plain cross-section), measured before tuning at the session\'s end and tuned on after', () => {
  it.each([
    ['Frankly, your photos don\'t interest us.', 'coercion'],
    ['Our position is simple: you pay the invoice in full first, all $16,752.40, and once the money is in we might look at your complaint.', 'coercion'],
    ['Any further discussion will only begin after payment.', 'coercion'],
    ['Please note we have today unpublished your FreshCart app from the Play Store and the App Store using the developer accounts we manage for you.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Once the money is in we will send the credit note for the damaged pallets.',
    'We will look at your complaint once the delivery notes are in.',
    'Our discussion will start after payment terms are agreed in the contract.',
    'As agreed, we have unpublished your old app from the store using the developer account we manage for you, and published the new one.',
    'Your photos do not concern us as much as the missing delivery notes; please send both.',
    'If necessary, our solicitors will issue a District Court civil summons for the debt, with interest and compensation of €70 per invoice.',
    'Please pay to IBAN NL00 BANK 0123 4567 89, reference VANDAM.',
  ])('fair: %s', clean);
  it.each(['PAY INVOICE 4410 NOW.'])('still shouted: %s', (text) => flags(text, 'shouting'));
});

describe('438. A review of §433-§437 (a83428db..56ff2209): the fair texts their patterns caught and the harmful ones their exceptions let through', () => {
  it.each([
    ['Your credit controller is a snake and everyone here knows it. Pay invoice 4410.', 'abuse'],
    ['Your receptionist is a slimy toad. Pay the £2,300 now.', 'abuse'],
    ['Your husband was a rat to deal with and you are no better. Pay invoice 4410.', 'abuse'],
    ['Find some balls and ring me about invoice 4410.', 'abuse'],
    ['Find your courage and call me about the £2,300 you owe.', 'abuse'],
    ['Locate your spine and pay the invoice.', 'abuse'],
    ['This is clearly too complicated for a woman to handle; put your husband on the phone about invoice 4410.', 'abuse'],
    ['Have someone less emotional call me back about invoice 4410.', 'abuse'],
    ['Get a man to ring me, someone less hysterical, about invoice 4410.', 'abuse'],
    ['We will report the figures in your books to HMRC unless you pay invoice 4410 by Friday.', 'false-authority'],
    ['We will share your name in the local builders\' group with your unpaid invoice unless you pay.', 'publicity'],
    ['Signing doesn\'t make you personally liable for anything. The individual signing below personally guarantees all present and future amounts owed.', 'misleading'],
    ['There is no liability for you in signing this. The individual signing below personally guarantees all present and future amounts owed.', 'misleading'],
    ['PAY 4410 NOW 4417 OR 4420 FACE 4421 COURT', 'shouting'],
    ['Pay by Friday or we wipe your backups. Our van will retrieve everything from your site on Monday.', 'threats'],
    ['Pay by Friday or your website, your emails and your data are deleted. Save your files from the portal before then if you can.', 'threats'],
    ['Your supervisor is a snake. Pay invoice 4410.', 'abuse'],
    ['Your dad is a pig. Pay invoice 4410.', 'abuse'],
    ['Your family are two-faced. Pay the £2,300.', 'abuse'],
    ['Your accounts payable department is two-faced.', 'abuse'],
    ['This is simply too much for a woman to understand, so put a man on.', 'abuse'],
    ['Maybe someone less emotional should handle invoice 4410.', 'abuse'],
    ['Get someone less tearful on the phone and we\'ll sort invoice 4410.', 'abuse'],
    ['I\'ll post your invoices in the suppliers\' group for you to explain to everyone.', 'publicity'],
    ['Your trade reference for the tender will depend on whether you pay invoice 4410 by Friday.', 'coercion'],
    ['We are your referee on the framework application. How we describe you will depend on whether you clear invoice 4410.', 'coercion'],
    ['PAY £2,300 BY 5 MAY 2025.', 'shouting'],
    ['PAY NOW reference FINAL.', 'shouting'],
  ])('flagged: %s', flags);
  it.each([
    'The new manager is a toad enthusiast, he told us on the call; anyway, invoice 4410 is overdue.',
    'Any further discussion will only begin after payment of the deposit for the new order, as set out in the quote.',
    'Once the money is in, we will look at your complaint about the late delivery straight away and let you know.',
    'Once payment has cleared we will review your query about the discount and issue a credit note if it is due.',
    'When the payment arrives we will discuss your concerns about next year\'s pricing.',
    'The report does not interest us for invoicing purposes; invoice 4410 covers only the labour.',
    'We have unpublished your old app from the store as you asked, using the developer account we manage for you.',
    'We removed your listing from our marketplace at the end of the contract, using the admin access we hold; your data is available for export.',
    'My friend at the council will check your planning application status for you if you like, it is a public record.',
    'Please call Japie le Roux on 021 555 0101 about invoice 4410.',
    'Please call Japie le Roux on 021 555 0101.',
    'Your company is a vermin control contractor we have worked with for years; invoice 4410 for the bait stations is overdue.',
    'The business is a leech supplier to hospitals, so we understand payments run through their NHS trust.',
    'The company was a maggot supplier for anglers before the sale; invoice 4410 was addressed to the old owners.',
    'Your firm is a cockroach control specialist, and our invoice for the spray units is overdue.',
    'The company is a parasite testing lab, so please send invoice 4410 to their lab manager.',
    'Your business is a snake venom research lab and the freezer invoice 4410 is due on Friday.',
    'The buyer is a weasel conservation charity; please send invoice 4410 to their treasurer.',
    'We can\'t accept a six-month plan on a balance this old. We would accept three monthly payments of £7,213.33.',
    'I have a cousin in the fire brigade who can take a look at your alarm panel for free if you would like.',
    'You won\'t be able to order from us, or from any other branch in the country, until the account is settled, as our credit terms say.',
    'You will not be able to bid at our sales or at any other sale in the country run by our auction group until the account is settled.',
    'You put us down as a trade reference on your tender application. Our reference will reflect what we have been paid on time and what has been late, factually.',
    'When the money has arrived, could you look at the issues on the second order too?',
    'Once the payment has cleared, we will look at your claim for the loyalty rebate as well, which is a separate matter.',
    'After the payment cleared on Monday we looked at your complaint and agree that a credit of £120 is due.',
    'We have unpublished your old app from the Play Store at your request, using the developer account we manage for you.',
    'Following your instructions, we have taken down your holding page using the hosting account we manage for you.',
    'As your contract ends on 30 June, we will remove your website from our servers using the admin access we hold; please export your files before then.',
  ])('fair: %s', clean);
});

describe('439. A record\'s field with a two-word label ("Bank details:", "Payment reference:") holds names and codes in capitals', () => {
  it.each([
    'Bank details: BARCLAYS, SORT CODE 20-00-00, ACCOUNT 12345678.',
    'Payment reference: SMITHCO INV 4410 MAY.',
  ])('fair: %s', clean);
  it.each([
    'Payment reference: PAY NOW OR WE SUE YOU.',
    'Bank details: PAY IMMEDIATELY TO AVOID ACTION.',
    'PAY NOW: SORT CODE 20-00-00 OR WE SUE.',
  ])('still shouted: %s', (text) => flags(text, 'shouting'));
});

describe('440. A dispute looked at only after payment, in the other orders it is said (the last review\'s variants)', () => {
  it.each([
    ['Pay first, then we\'ll discuss your claim about the damaged goods.', 'coercion'],
    ['Your complaint will be looked at once the money has landed.', 'coercion'],
    ['Once the funds are received, then and only then will we investigate your dispute.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Pay first, then send us the remittance so we can allocate it.',
    'Your complaint will be looked at once the delivery notes have arrived.',
    'Your query will be dealt with once the payment has cleared, and we will refund the overpayment.',
    'Only then will we know the final figure.',
    'Please pay the undisputed part first; we will discuss your claim about the damaged pallets on Monday.',
  ])('fair: %s', clean);
});

describe('441. Animals in the plural, and a place full of them, said of the customer\'s people (the last review\'s variants)', () => {
  it.each([
    ['You people are rats.', 'abuse'],
    ['You lot are the biggest rats in the trade.', 'abuse'],
    ['Your accounts department is full of snakes and rats.', 'abuse'],
    ['Your whole company is a nest of vipers.', 'abuse'],
    ['Find some backbone and pay.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'The loft was full of rats, so the pest control invoice covers two visits.',
    'Our warehouse had a nest of rats, cleared on Monday.',
    'You are the biggest buyers of pig feed in the county.',
    'The reptile house is a nest of vipers in glass tanks, as the invoice for the heating lamps shows.',
  ])('fair: %s', clean);
});

describe('442. corpus-fresh87\'s kinds (international trade in second-language and local Englishes), measured before tuning and tuned on after', () => {
  it.each([
    ['Our policy is very simple: first pay 100%, then only we talk.', 'coercion'],
    ['Any complaint, any dispute, any credit note, we will not even open it while there is a balance.', 'coercion'],
    ['We refuse any partial payment.', 'coercion'],
    ['If the payment not arrives until Friday, we will take down the production and I cannot guarantee that all the data will come back after.', 'threats'],
    ['If this money is still not paid I cannot promise that you will have the same safe journey as before.', 'threats'],
    ['From 1 June 2024 we are therefore the legal owner of your platform and your customer data.', 'misleading'],
    ['The ownership of the platform passes automatically to the developer.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'We will take down the production environment on Sunday from 2 to 4 am for the scheduled upgrade.',
    'Ownership of the goods passes to you once they are paid for in full.',
    'We cannot guarantee you will be safe on site without boots and a hard hat.',
    'We refuse any responsibility for delays caused by customs.',
    'We will not open the new account while there is a balance on the old one.',
    'The destroyed finish was approved on the lab dip you signed on 12 April.',
    'We remain the owner of the goods until they are paid for, as clause 9 says.',
  ])('fair: %s', clean);
});

describe('443. A negation reaches a match that opens on the second of two joined noun phrases ("not accusing you or | your company of …")', () => {
  it.each([
    'We are not accusing you or your company of cheating; we simply need the remittance for invoice 4471.',
    'We have never accused you or your directors of stealing from us.',
    'Nobody here is accusing the director or your company of cheating.',
  ])('fair: %s', clean);
  it.each([
    ['You and your company are cheating us out of the money for invoice 4471.', 'threats'],
    ['We have not been paid, and you and your company are cheating us.', 'threats'],
    ["We don't take weekends off, Brody, and neither will your phone.", 'frequency'],
  ])('flagged: %s', flags);
});

describe('444. An epithet is an insult in any clause but one that denies saying or thinking it (negation: predication)', () => {
  it.each([
    ["We won't waste time on you or your company of thieves any longer.", 'abuse'],
    ['I will not be lied to by a pack of crooks like you.', 'abuse'],
    ["We don't do business with liars like you.", 'abuse'],
    ["I won't listen to any more stories from you thieves.", 'abuse'],
    ['We are not a charity for deadbeats.', 'abuse'],
    ['We do not extend credit to deadbeats.', 'abuse'],
    ["I'm not saying you're a liar, but the figures don't add up.", 'abuse'],
    ["Listen sweetheart, maybe running a shop isn't for little girls who can't read an invoice.", 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'We are not calling you thieves.',
    'We will not describe your company as a bunch of cowboys.',
    'We do not consider you a liar; we think the remittance went astray.',
    "I wouldn't call your director a liar.",
    'Not liars, just badly organised: that is how we see your accounts team.',
  ])('fair: %s', clean);
});

describe("445. corpus-fresh88's and corpus-fresh89's kinds (agencies' polished letters; spoken and messaging registers), measured before tuning and tuned on after", () => {
  it.each([
    ['We do not investigate disputes while an invoice is overdue.', 'coercion'],
    ["We don't look at complaints while there is money owing.", 'coercion'],
    ['Disputes are not considered on overdue accounts.', 'coercion'],
    ['Unless payment is received by 12 December, we will write to the supermarket and export buyers named on your delivery dockets and instruct them to pay into our trust account any amounts they owe Coastline Produce.', 'coercion'],
    ['We confirm receipt of your wire of $4,870.00 on November 24 for sales order SO-88213. That order is packed in our warehouse. Under our credit policy it will be held, and will not ship, until the open balance above is paid in full.', 'coercion'],
    ['Four of your kitchen staff completed the Level 2 Food Hygiene course in October. Certificates for staff of customers in arrears are held until the account returns to terms.', 'coercion'],
    ['It stays in our warehouse till SE-5504 is paid in full. Call it collateral.', 'coercion'],
    ['Our client has a duty of care in the industry and may feel obliged to ask ACT Health whether your kitchen is meeting its food-safety obligations.', 'threats'],
    ['Be a real shame if ICE got an anonymous tip about that site right before your next draw inspection.', 'threats'],
    ["Since your team never rotated the root keys, I still have full access to production. If the amount is not in my account by Monday, don't be too surprised if your app has a very bad week.", 'threats'],
    ['Our account team has spoken with your wife, Melissa, at her workplace, and asked her to pass on our messages.', 'coercion'],
    ['Proceedings have been issued against you unless you pay today.', 'false-authority'],
    ['NOTICE OF DEFAULT JUDGMENT\n\nPay the balance within 7 days.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'A County Court Judgment is entered only if the company does not respond or the court decides against it.',
    'Notice of Claim Issued\n\nA Plaintiff\'s Claim was issued in the Small Claims Court at Barrie on December 2, 2025, court file SC-25-00004187-0000, and will be served on your company.',
    'As I cannot seem to reach you, I will ring your mobile once, at 10 a.m. on Thursday 11 December.',
    'All 14 cards were placed on stop under clause 9.2 of your Card Agreement. They will stay on stop until the balance is paid or we agree a plan. Your vans are your property, and we will not touch them.',
    'Links you have already shared with your clients keep working, and nothing about your account is shown to them.',
    'The hold is recorded in our own system only. We do not publish it, list it on our ProTrade portal or share it with other contractors or distributors.',
    "If the R86,400 isn't in by Fri 29 Aug, the file goes to our attorneys on Mon 1 Sept for a letter of demand and then summons.",
    "From Monday the account is COD: the driver won't leave stock without payment on the spot.",
    "Our credit insurer makes us notify them of any account that hits 60 days overdue. That's a condition of our policy, and it can affect the cover they give other suppliers on you.",
    'Interest runs at the prescribed rate under the Prescribed Rate of Interest Act, currently 10.5% a year, which on R143,800 is about R1,258 a month.',
    'Delivered and approved ("love it!!" from your marketing director, 2 May).',
    "If it's not paid by Fri 30 May I'll put a claim in on Money Claim Online.",
    "Accounting has put you on credit hold from today, so I can't release the open order on terms until BDS-88412 is paid. If you need gloves before then I can ship them prepaid on a card, same day.",
    'Our door team called the police after a guest assaulted a bartender.',
    'Disputes are considered on overdue accounts too.',
    'Please instruct your bank to pay into our account the amount owed to us.',
  ])('fair: %s', clean);
});

describe("446. corpus-fresh88's and corpus-fresh89's remaining kinds: an audience for a visit, old mates collecting in person, data kept on the sender's servers, a registration said to fall by itself, other suppliers warned off, a message under its time", () => {
  it.each([
    ['Owners would rather settle things before someone has to stop by on a Friday evening, when the dining room is full and the staff are watching.', 'threats'],
    ["If they won't give a date: Dev our director's got a few old mates from his door-staff days who like to collect this sort of thing face to face.", 'threats'],
    ['Your project library, client files and quotes remain stored on our servers. Your data export will only be released once the account has been paid in full.', 'coercion'],
    ["As per the new GST rules, if a supplier's invoice is unpaid for 180 days, the buyer's GSTIN gets automatically suspended.", 'misleading'],
    ["And don't bother trying the branch in Cahir, they've been told as well.", 'publicity'],
    ['There is no point ringing the other suppliers, they know all about you.', 'publicity'],
    ['Fri 16:10\nHi Sam, invoice 4419?\n\nFri 16:12\nHello?\n\nFri 18:30\nAny news?\n\nFri 19:02\nCalling again.', 'contact-log'],
  ])('flagged: %s', flags);
  it.each([
    'Our rep will call in on Tuesday morning when the shop is quiet, if that suits.',
    'The engineer can visit on Friday while the staff are all in, to run the training.',
    'Some friends of the owner came in person to the opening, which was lovely.',
    'A couple of the lads from the yard will deliver the pallets in person on Monday.',
    "Don't bother trying to call the office on Monday, they've been told to close for the bank holiday.",
    'Your EIN is automatically suspended from the e-file service if you do not log in for a year, the IRS says.',
    'Fri 16:10\nHi Sam, invoice 4419 was due on 31 October.\n\nFri 16:12\nStatement attached.\n\nFri 18:30\nAfter our call just now, here is what we agreed: £500 by 28 November.\n\nFri 19:02\nThanks, see you then.',
  ])('fair: %s', clean);
});

describe('447. The review of §443-§446 by a fresh helper: what it found newly flagged or let through, mended', () => {
  it.each([
    ['We won\'t take calls from scumbags like you.', 'abuse'],
    ['I won\'t be taking any more calls from you muppets.', 'abuse'],
    ["I don't think you muppets understand what overdue means.", 'abuse'],
    ['Nobody believes you, you pathetic liar.', 'abuse'],
    ['We do not treat liars with respect.', 'abuse'],
    ['We will not tell you again, you deadbeats.', 'abuse'],
    ['A County Court Judgment is entered automatically if this invoice is not paid within 14 days.', 'false-authority'],
    ['Judgment is entered against you only if you do not pay within 7 days of this letter.', 'false-authority'],
    ['Default judgment is granted against your company unless you pay the balance by noon tomorrow.', 'false-authority'],
    ['"Deadbeats" from our MD, and frankly he is right.', 'abuse'],
    ["We'll file on Money Claim Online and post the judgment on Facebook for all your customers to see.", 'publicity'],
    ['We will call the police when the customer next refuses to pay on delivery.', 'threats'],
    ['By law, interest on late invoices is 2.5 % a month.', 'misleading'],
    ["Your dispute won't be considered while the account is overdue.", 'coercion'],
    ["We're not going to look into your complaint until every penny is paid.", 'coercion'],
    ['We have also located your parents\' address in Tucson.', 'coercion'],
    ['We have stopped the release of the container although the freight is prepaid by the shipper. When we see the money, all will be released.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Please ask your finance team to pay into our account the £4,200 owed to Harcourt Supplies by Friday.',
    'You may instruct your customers to pay into our account any amounts they owe you only if you choose to assign those debts to us in writing.',
    'We take a small deposit on hire equipment; think of it as insurance against damage, and we refund it when the kit comes back.',
    'If you believe our agent acted improperly, you can make an anonymous complaint to the FCA.',
    'If you feel obliged to contact Trading Standards about our conduct, their number is on our website.',
    'If you would like, we can send the statement to your home office instead.',
    'If the adjudication goes ahead, we will refer the dispute under the ICE Conditions of Contract, as clause 66 provides.',
    'Our credit team has written to your guarantor, Mr Shah, as the guarantee requires.',
    'As a company of amateurs, your drama society may qualify for our community rate on the hall hire.',
    'No one here has ever called you a liar, Priya, and no one will.',
    "I'm not for a second suggesting you're a liar.",
    'We are not accusing you of being liars, only asking for the remittance advice.',
    'Until the overdue balance is cleared, all new orders are prepaid: we will ship each one once it is paid.',
    'NOTICE OF CLAIM UNDER GUARANTEE\n\nWe write to you as guarantor of the account of Blue Gum Joinery Pty Ltd, which has an overdue balance of $8,400.',
    'You asked whether anyone would get hurt during the removal; nobody will.',
  ])('fair: %s', clean);
  it.each([
    ['Our recovery contractor will attend your store during trading hours to remove product from your shelves, and you may wish to consider whether anyone is likely to get hurt if they try to intervene.', 'threats'],
  ])('a question put to the reader to weigh is no report: %s', flags);
});

describe('448. Control of what is the customer\'s own handed back only for payment ("moved your DNS onto our holding account … you\'ll get control back once OIT-7781 clears")', () => {
  it.each([
    ["We've changed the login on the registrar account for bramblecreative.example and moved your DNS onto our holding account. You'll get control back once OIT-7781 clears.", 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    "Your subscription is suspended under clause 11.3. You'll get access back once the invoice is paid.",
    'We have moved your DNS to the new host as you asked; you will get control back once the migration is finished.',
  ])('fair: %s', clean);
});

describe("449. corpus-fresh90's and corpus-fresh91's kinds, measured before tuning: a regulator's reporting line that needs no name; patience run out beside a named next step", () => {
  it.each([
    ["Revenue's confidential reporting line receives thousands of calls, and nobody has to give their name.", 'threats'],
    ["I'm running out of patience with you.", 'coercion'],
    ['Our patience has run out. Pay today.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'The building surveyor signed off the works on 3 May.',
    'Please expect a call from us to the building surveyor next week to book the final inspection; this may move the handover by a day.',
    "That's three texts and two voicemails with no answer, and I'm running out of patience. If the £3,780.00 isn't paid by Friday 13 June, I'll send a formal letter before claim the following Monday.",
  ])('fair: %s', clean);
});

describe('450. The review of §448-§449 by a fresh helper, mended: control of the customer\'s own handed back, not a service\'s access', () => {
  it.each([
    'Your hosted backup service has been paused under clause 9 of our service agreement. You\'ll get access back once invoice 4471 is paid. Your domain names and DNS records are in your own registrar account and we have not touched them.',
    'The transfer of your domain names to your new registrar is under way. You\'ll have control back once the transfer clears, usually within five working days.',
    'Hi Sam, your Microsoft 365 licences that we resell were suspended on the 3rd for non-payment. You\'ll have access back as soon as payment is received. Your DNS is untouched and the registrar login is yours.',
  ])('fair: %s', clean);
});

describe("451. corpus-fresh91's veiled threats in professional services' own voice: the customer's backers turned away, ad accounts the sender still administers (and a review's mends)", () => {
  it.each([
    ['If Kopi Labs treats its advisers this way, I will make it my business to see that no investor in this city backs your company.', 'threats'],
    ["We're still admins on your Meta Business Manager and Google Ads accounts, and your card is still the payment method on both. Not that we'd want that for you. But we'd hate for you to learn how quickly it can happen.", 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We will make sure no one touches your data without your consent.',
    'Our bank will ensure no one funds your account twice by mistake.',
    'Rest assured we will make sure nobody touches your round or your investor materials; we hold them in confidence under the NDA.',
    "We'll make sure no one touches your deal room while the transaction closes; our fees can wait until completion.",
    'We would hate for you to find out how much the late fees add up, so we have waived them.',
    'Getting the clips onto LinkedIn and Instagram was part of the agreed scope, so the final invoice of £2,450 is now due.',
    'The recording of your webinar is ready; we can get it onto YouTube as soon as you approve the edit.',
  ])('fair: %s', clean);
});

describe("452. corpus-fresh92's and corpus-fresh94's kinds, measured before tuning: third parties as the ones written to, the customer's own held, the sender's people not to be stopped, contempt by comparison", () => {
  it.each([
    ['On Monday every member of staff on the uniform list will get an email from us explaining that the hotel has stopped paying its suppliers.', 'publicity'],
    ['Our team will be in touch with you every single day through every channel we have.', 'frequency'],
    ["Your own items, paid by card at drop-off, are cleaned and ready. They'll be staying here until the rental account is cleared.", 'coercion'],
    ['You own both companies, and nothing of yours leaves this building until the Outdoor balance is cleared.', 'coercion'],
    ["Our truck will be at your dock at 7 a.m. on Thursday to take back every carton we've shipped you, and your staff shouldn't try to stop them.", 'threats'],
    ['We are withholding the certificates of analysis for the lots you have already received and paid for. They will be released the moment the account is current.', 'coercion'],
    ['Those cattle deserve a better farmer than you.', 'abuse'],
    ['Your mother built this business up over thirty years, and she would be ashamed to see it now.', 'abuse'],
    ["If the money isn't in by the 20th, don't be too surprised if your yard looks a bit emptier one morning.", 'coercion'],
    ['Consignments of buyers who do not honour their suppliers have a way of getting held at the port for a fortnight.', 'coercion'],
    ["Under Article 2 of the Uniform Commercial Code, title to goods that haven't been paid for stays with the seller.", 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Separately: our crew lead noticed a chained fire door in the service corridor on load-in night and told your duty manager.',
    'I appreciate the association is run by volunteers and that the treasurer changed over the summer.',
    "If the full amount isn't with us by Friday 17 October, our solicitors will send a formal letter before action.",
    'The conditions of sale you signed say that ownership of cattle bought on account stays with the market until they are paid for.',
    "I've sent you the transfer code for the domain, and I've added you as admin on the website and Instagram, so your launch can go ahead on your own logins.",
    "We know what a gap would mean for children on free school meals, so we'd far rather agree a payment date.",
    "If it isn't paid by Friday, November 7, we'll file a small claims action in Dane County Circuit Court. You'd receive a summons with a return date and could respond there.",
    'Our solicitors, Fagan Kerr, have now issued a District Court civil summons against the club for €6,940.00 plus interest and costs.',
    'From 12 May, new bookings will be on pro-forma. That stays in place until the £6,215.00 is cleared.',
    "I emailed on 8 and 22 April and I've rung your mobile twice.",
    "I've run out of patience with this, so here's what happens now. If the $6,105.00 isn't in our account by 30 May, I'll lodge a minor civil dispute claim with QCAT.",
    "We'll also destroy the two expired drums you returned and send a certificate of destruction.",
    'We will be in touch with the carrier every day until the container clears customs.',
    "Don't be surprised if the claim form arrives next week: the court posts it, not us.",
    'Please do not stop the direct debit while we sort out the refund.',
    'Your bank will receive a letter from us confirming the new account details, as you asked.',
    'Title to goods supplied stays with the seller until paid in full, under clause 9 of our terms of sale.',
  ])('fair: %s', clean);
});

describe("453. corpus-fresh93's kinds, measured before tuning: the debt shown on the customer's screens and sites, a police report the sender lodges, the sender's people past answering for, the customer's data claimed", () => {
  it.each([
    ['From Monday, every one of your 40 staff will see a banner in the rota app saying that their employer has not paid for the service since March.', 'publicity'],
    ['Every diner who pays by card will see a line on the receipt saying the restaurant owes us money.', 'publicity'],
    ['At 9 a.m. on Monday your homepage will be replaced with a notice telling visitors that you have not paid your web host.', 'publicity'],
    ["We hold the numbers of all 12 of your drivers. If we don't hear from you, each of them will get a text from us explaining that the firm is behind on its bills.", 'publicity'],
    ['If payment is not received by Friday, we will lodge a police report.', 'threats'],
    ['Directors have been arrested for less.', 'threats'],
    ["Our disconnection crew are not office people, and I can't promise how they'll behave with your security guards.", 'coercion'],
    ["A yard is a busy place, and I can't promise anyone will be keeping an eye on your containers until this is cleared.", 'coercion'],
    ['We have asked the card issuer, who runs your fuel cards through our integration, to freeze your drivers\' cards until we confirm payment.', 'coercion'],
    ['Your request for a full export of your patient records is refused: that data stays locked until both invoices are paid.', 'coercion'],
    ['Under the lease, everything stored on the device\'s hard drive is our property.', 'misleading'],
    ['Until the balance is paid we are entitled to keep and review that data.', 'misleading'],
    ['Kindly note that our office has prepared a warrant of execution against the company.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    "On 20 June we issued a summons against the company in the Magistrate's Court for the District of Polokwane, case number 1847/2025. The Sheriff will serve it at your depot.",
    "We could then only enter the premises with your agreement or under a warrant from the magistrates' court.",
    'Your staff will see a reminder in the app to update the company card, which only admins can do.',
    'If you think this email is a scam, please make a police report and call us on the number on our website.',
    "We can't promise how quickly the courier will deliver, so please allow two working days.",
    'We have asked our bank to freeze interest on the loan while the plan runs.',
    'Under the lease, the copier remains our property; your scanned documents stay yours and we wipe the drive when the device comes back.',
    'You asked for an export of your data before the contract ends: it is attached, and nothing is held back for the unpaid invoice.',
    'The association is run by volunteers, so our associates in the region will call the treasurer, not the members.',
  ])('fair: %s', clean);
});

describe("454. A review of §452-§453 by a fresh helper, mended: third parties told only of the debt, shame by the customer's own people, surprises after a condition of paying, summonses described as procedure, the customer's own goods and not its papers", () => {
  it.each([
    ['You will receive a summons from the sheriff tomorrow unless you pay today.', 'false-authority'],
    ['Pay by 5pm or you\'ll be served with a court summons in the morning.', 'false-authority'],
    ['You\'ll get a police summons if this isn\'t paid by Friday.', 'false-authority'],
    ['You will be served with a summons to appear before the magistrate for fraud.', 'false-authority'],
    ['Pay this now, or you will get a criminal summons next week.', 'false-authority'],
    ['Unless the invoice is paid by Friday, we will destroy your stock held in our warehouse.', 'threats'],
    ['If we aren\'t paid by Monday we\'ll destroy the samples and materials of yours we hold and bill you for it.', 'threats'],
    ['I\'ve noticed what time the kids\' football practice finishes on Thursdays.', 'threats'],
    ['We\'re aware of when Tom\'s son\'s training finishes every Tuesday.', 'threats'],
    ['I\'ve seen where the kids\' school is and what time they finish.', 'threats'],
    ['We know Priya\'s daughter\'s dance class schedule.', 'threats'],
    ['Your account is now in the hands of our external specialist commercial debt recovery team.', 'false-authority'],
    ['Your case is now with the recovery desk of our debt collection agency.', 'false-authority'],
    ['The debt is now with our partner firm\'s commercial debt recovery team.', 'false-authority'],
    ['We\'ve added you as a user on our bad-payers forum so you can read what the trade is saying about you.', 'publicity'],
    ['Your own kit stays here until everything on the account is paid for.', 'coercion'],
    ['My patience has worn thin, and frankly the high court is the least of your worries.', 'coercion'],
    ['Your guests at the hotel will each receive a leaflet from us at check-in saying the hotel does not pay its suppliers.', 'publicity'],
    ['Don\'t even think about stopping my guys when they turn up for the gear.', 'threats'],
    ['It would be very unwise for your people to obstruct our boys when they arrive.', 'threats'],
    ['You won\'t want to get in the way of our team when they come to take back what\'s ours.', 'threats'],
    ['Your late mother would be turning in her grave seeing you dodge your bills like this.', 'abuse'],
    ['Your grandfather would be disgusted by how you run the shop these days.', 'abuse'],
    ['Your staff deserve better than a boss like you.', 'abuse'],
    ['Your father ran that place properly for forty years, and he\'d be ashamed to see what you\'ve done to it.', 'abuse'],
    ['Nothing of yours leaves this building until invoice 889 is paid.', 'coercion'],
    ['We\'ll keep your own uniforms here until the hire invoice is paid.', 'coercion'],
    ['The machines you paid by card at collection will stay in our yard until the service account is cleared.', 'coercion'],
    ['Your people must not try to stop the men from taking the machines on Friday.', 'threats'],
    ['Every member of staff on site will get a letter from us explaining that the hotel has stopped paying its suppliers.', 'publicity'],
    ['We\'re withholding the compliance certificates you\'ve already paid for until the account is current.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Each of your staff members will receive an email from us with their new payslip login on Monday.',
    'Your employees will get a letter from us explaining the new workplace pension scheme, as auto-enrolment rules require.',
    'Your guarantor will receive a copy of this notice from us, as clause 4 of the guarantee requires.',
    'Your patients will receive a message from us 24 hours before each appointment, as set up in the booking system.',
    'Your subscribers will get an email from us about the planned outage on Sunday night between 1am and 3am.',
    'As long as you do not block the driver in at the loading bay, collection of the empty pallets takes ten minutes.',
    'My father, who founded this firm, would have been appalled at how our billing team handled your query; I\'m sorry.',
    'Our founder would be embarrassed to see an invoice go out with the wrong VAT rate, so we have reissued it.',
    'Honestly, your team deserved better treatment than you received from our driver, and I apologise.',
    'You deserve a better service than you\'ve had from our accounts team this quarter, and we are fixing it.',
    'Don\'t be surprised if the old invoice is gone from the portal tomorrow; it has been credited in full.',
    'Don\'t be surprised if a few boxes arrive damaged this week; the carrier has warned us about the storms and we will replace them free.',
    'Please don\'t be surprised when your statement looks empty next month: every invoice on it has been paid.',
    'Don\'t be surprised if the shelves in the showroom look empty next week; we\'re refitting it at our cost.',
    'Clients who never pay late have a way of getting our best prices, so thank you for being one of them.',
    'Customers who don\'t pay by direct debit have a habit of missing due dates, so we send a reminder five days before.',
    'Accounts which do not pay through the portal have a tendency of getting delayed in reconciliation, so please use the portal.',
    'Under the Sale of Goods Act of Ontario the parties may agree when property passes; our contract says ownership stays with the seller until paid.',
    'You say that under the UCC title stays with the seller; in fact it passed to you on delivery, so we will not be collecting anything.',
    'Our project manager will be in touch with you every morning during the install week with a progress update.',
    'Our site team will keep in touch with your office every afternoon while the scaffold is up.',
    'The warranty certificates for the Leeds job have been kept on file for you, and your account is current, thank you.',
    'You can export your own data at any time; the premium reporting module stays disabled until invoice 7781 is paid.',
    'Please check your own files: the licence keys for the unpaid seats remain disabled until invoice 880 is paid.',
    'Nothing of yours is being held; the hosting service stays switched off until invoice 5512 is paid.',
    'The two coats you paid by card at drop-off are ready to collect; only the alteration job on account will be held until its invoice is paid.',
    'Orders paid by card at the time of ordering ship the same day; orders on account stay in the warehouse until the account is back within terms.',
    'If the amount isn\'t with us by Friday, our solicitors will write.',
    'If the payment isn\'t with us by 30 June, our solicitors will send a letter before claim.',
  ])('fair: %s', clean);
});

describe("455. A second review, of §453-§454, mended: debts told or shown only with the debt in the words, a card issuer asked to freeze until paid, the sender's people past answering for, a summons the customer may defend, negation inside a relative clause that ends on its 'for', a message to come quoted after a colon", () => {
  it.each([
    ['Your staff deserve a better boss than you have ever been, and they know it.', 'abuse'],
    ['Those cattle deserve a better farmer than you were ever going to be.', 'abuse'],
    ['Firms that don\'t settle up have a funny way of finding their stock gone.', 'coercion'],
    ['We\'re holding everything of yours in the yard, and you\'ll get it back when your account is up to date.', 'coercion'],
    ['Anything of yours in our workshop stays here until the other invoice is paid.', 'coercion'],
    ['Your old dad must be spinning in his grave watching you dodge a £3,000 bill.', 'abuse'],
    ['I got the bank to put a hold on your corporate cards until the invoice clears.', 'coercion'],
    ['We\'ve arranged for your card issuer to cancel your company cards until our invoice is paid.', 'coercion'],
    ['If my collectors have to come out, I honestly can\'t say how they\'ll behave around your staff.', 'coercion'],
    ['I can\'t promise what my boys will do if they find the gate locked again.', 'coercion'],
    ['It would be very unwise for anyone at your end to get in the way of our men on Monday.', 'threats'],
    ['Our accounts team has signed a writ of possession for your unit.', 'false-authority'],
    ['Every diner who pays by card will see a line on the receipt saying the restaurant owes us money.', 'publicity'],
    ['Whenever your drivers log into the route app, they\'ll get a pop-up explaining that the depot hasn\'t paid us.', 'publicity'],
    ['Your customer database on our servers belongs to us until you pay.', 'misleading'],
    ['We have every right to go through your emails on our platform until the invoice is cleared.', 'misleading'],
    ['We\'ll be registering an FIR at the local police station against your directors tomorrow.', 'threats'],
    ['Unless the invoice is paid today, we will destroy the returned samples you need for your audit.', 'threats'],
    ['In our view, consuming services you have no intention of paying for is cheating.', 'abuse'],
    ['By law, ownership of anything you haven\'t paid for remains with the supplier, whatever the contract says.', 'misleading'],
    ['I\'d hate for that folder of photos to end up at the fire marshal\'s office the week before your gala.', 'threats'],
    ['At 9 a.m. on Monday your homepage will be replaced with a notice reading: "Sandia Home Inspections has failed to pay its web host."', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'As you asked, we have asked our bank to block your old direct debit mandate so you are not charged twice this month.',
    'Following your report of the theft, we asked Fleetfuel to block your two stolen fuel cards straight away.',
    'At your request we arranged for the building manager to freeze your old access fobs once the new ones were issued.',
    'I can\'t promise what they will do with your credit application; the credit insurer decides on its own.',
    'We cannot guarantee stock will be kept safe in the open yard until the warehouse roof is repaired next week, so we\'ve moved yours inside.',
    'Anyone who opens the app after the update will see a message explaining the new menu layout.',
    'Every customer who pays by card will see the notice of the 1.5% surcharge on the terminal, as the card scheme rules require.',
    'While we migrate servers on Sunday, your website will display a maintenance page for about an hour.',
    'Your booking page will show a banner announcing your Christmas hours once you approve the text.',
    'All of your staff will see this message when they next open the rostering app: \'Payroll closes at noon on Friday.\'',
    'Your storefront will display a \'closed for stocktake\' notice on Monday while we update the catalogue.',
    'Your drivers will get a text from us tomorrow with their outstanding delivery slots for the week.',
    'Each of your technicians will receive an email from us listing the outstanding jobs on their tablets.',
    'All of your staff will receive an email from us about the overdue fire safety training, as your HR team asked.',
    'Under the GDPR you are entitled to access the data we hold about your company and its staff.',
    'You\'re free to use the files we delivered in any of your own campaigns.',
    'We are permitted to keep your records for seven years under the tax rules, after which they are deleted.',
    'The data on the server is the company\'s data, meaning yours, and you can export it whenever you like.',
    'If we file in the County Court, you would then be served with a summons and could file a defence within the time it gives.',
    'Once our claim is lodged in the Magistrate\'s Court, you will receive a summons from the court, and you may defend it.',
    'You will then be served with a summons by the sheriff, and you can defend the claim if you dispute it.',
    'Your former bookkeeper\'s theft of the cheques is an offence under section 1 of the Theft Act, and we will help the police with anything they need.',
    'We noticed the children\'s uniform order on invoice 55 was short-shipped, so we\'ve credited it.',
    'We found out the children\'s class trip was cancelled, so we\'ve refunded the coach hire in full.',
    'We learned the Khan family\'s uniform shop is expanding, and we\'d be glad to quote for the fit-out.',
    'If payment for the lab analysis is received this week, we will release the results and destroy the remaining samples, as our retention policy requires.',
    'If the final invoice is paid by month end, we\'ll securely destroy the old hard drives from your server as you asked.',
    'Frankly, our patience has worn thin; if the £48,000 is not paid by 1 July, the next step is the High Court.',
    'We have run out of patience, and if the balance isn\'t paid by 30 May we will apply to NCAT.',
    'Our patience has run out; we\'ll take this to the Disputes Tribunal on 3 March unless it is paid.',
    'We got your message: "send the bailiffs, see if I care". We won\'t be doing that.',
  ])('fair: %s', clean);
});

describe("456. A third review, of the whole session's rule data and the quotation change, mended: a message to come read as the sender's only when others will see or get it; the debt shown to the customer's people or public, not its admins; named people not to be stopped; a card issuer asked to freeze the customer's cards; shame at what the customer does; the sender's own hold or service lifted or kept; a case at the police, not a civil one", () => {
  it.each([
    ['The sheriff will serve the papers at your depot on Monday and take the forklifts unless you pay today.', 'threats'],
    ['Police will attend and they are with us on this, so pay by Friday.', 'false-authority'],
    ['We\'ll destroy the damaged stock you sent back and the rest of your stock in our warehouse unless you pay by Friday.', 'threats'],
    ['A summons is being prepared; you will not be able to defend it, so pay now.', 'false-authority'],
    ['A bailiff will serve the papers at your house tonight, with our men.', 'threats'],
    ['We will destroy the used equipment at your site unless the invoice is paid by Friday.', 'threats'],
    ['We have asked Fleetcard, who issue your fuel cards through our integration, to freeze your drivers\' cards until we confirm payment.', 'coercion'],
    ['I can\'t promise how the lads will behave when they get to your yard if this isn\'t sorted by Friday.', 'coercion'],
    ['I can\'t promise anyone will be keeping an eye on your stock in our yard until this is cleared.', 'coercion'],
    ['If the money isn\'t in by the 20th, don\'t be too surprised if that paddock looks a bit emptier one morning.', 'coercion'],
    ['Businesses that don\'t pay their suppliers have a funny way of finding their vans with flat tyres.', 'coercion'],
    ['Your late father built that firm honestly; he\'d be ashamed of you for ducking a $3,000 bill.', 'abuse'],
    ['Your poor mum must be turning in her grave seeing how you run the place.', 'abuse'],
    ['Those tradies deserve a better boss than you.', 'abuse'],
    ['The crew will take back every box on Friday and your staff shouldn\'t even think about stopping them.', 'threats'],
    ['It would be unwise for anyone at your site to get in the way of our men on Monday.', 'threats'],
    ['We will lodge a police report under section 420 of the Penal Code if payment is not received by 5 June.', 'threats'],
    ['We\'ll be registering an FIR against your directors at the local police station on Monday.', 'threats'],
    ['Directors have been jailed for less, so I\'d settle this quickly.', 'threats'],
    ['Company directors have gone to prison for less than this, so settle quickly.', 'threats'],
    ['We will open a case against you at the SAPS for fraud unless the R18,000 is paid today.', 'threats'],
    ['Every one of your 118 staff will see this message when they open the app: "Your employer has not paid its supplier, and the app will be switched off on Friday."', 'publicity'],
    ['Your homepage will be replaced with a notice reading: "This business has unpaid invoices with WebWorks Ltd."', 'publicity'],
    ['Each of your drivers will get a text from us explaining that Manawatū Couriers is behind on its bills.', 'publicity'],
    ['I\'d hate for that folder to end up on the desk of the fire marshal the week before your gala.', 'threats'],
    ['Our office has prepared a warrant of execution against the company, to be served on Monday.', 'false-authority'],
    ['A summons has been issued against your company today; there is no point trying to defend it, just pay.', 'false-authority'],
    ['Our bailiff will serve them at your premises tomorrow morning and remove stock to the value of the debt.', 'threats'],
    ['We will ring your mobile at 11pm every night until this is paid.', 'frequency'],
    ['We\'ll call your mobile at 6am tomorrow and every morning after that until we\'re paid.', 'frequency'],
    ['We\'ll keep calling your personal mobile until this invoice is paid.', 'frequency'],
    ['Our team will be in touch with you every single day through every channel we have until this is paid.', 'frequency'],
    ['Under the Uniform Commercial Code, title to goods that haven\'t been paid for stays with the seller, so we will come and take them back.', 'misleading'],
    ['Until the balance is paid we are entitled to keep and review all the data on your hard drive, including your client emails.', 'misleading'],
    ['The device and everything stored on its hard drive are our property until this is paid.', 'misleading'],
    ['Your customer database belongs to us until the invoice is settled.', 'misleading'],
    ['The documents will be released the moment the account is current, and not a minute before — even though you paid for the scans in advance.', 'coercion'],
    ['We are holding your own uniforms that came in for laundering until the old account is current.', 'coercion'],
    ['We know your daughter\'s netball training times, and we\'d hate for this to get messy.', 'threats'],
    ['We have noticed your son\'s school bus leaves at 7:40 each morning.', 'threats'],
    ['Our team will text your wife\'s mobile tonight to let her know what you owe.', 'frequency'],
    ['I will send this message to each of your tenants: "Harbour Mall Pty Ltd has not paid its cleaners for three months."', 'publicity'],
    ['The message we will send to your suppliers on Monday: "Beware — Quickbuild Ltd does not pay its bills."', 'publicity'],
    ['Every customer who visits your website will see a banner saying your business has an unpaid debt with us.', 'publicity'],
    ['All of your staff will receive an email from us explaining that the hotel has stopped paying its suppliers.', 'publicity'],
    ['Your father would be mortified to see what you\'ve done to his good name with these unpaid bills.', 'abuse'],
    ['We asked the bank to block your company cards until payment is received in full.', 'coercion'],
    ['I\'d rather not share the report with HMRC, but if payment isn\'t made by Friday I may have to.', 'threats'],
    ['You would then be served with a summons with a court date next week, and our people will be at your door the same day.', 'threats'],
    ['A lot of companies that don\'t settle their invoices have a way of finding their trucks out of action.', 'coercion'],
    ['Don\'t even think about stopping our drivers when they come to take the machines.', 'threats'],
    ['If the money\'s not in our account by Friday, don\'t be shocked if your vans go missing from the yard.', 'coercion'],
    ['Owners have been arrested for less than what you\'ve done here.', 'threats'],
    ['Your grandmother would be disgusted by how you treat the people who keep your shop stocked.', 'abuse'],
    ['We will make a criminal complaint against your directors if the cheque bounces again, and they can explain it to the police.', 'threats'],
    ['We have instructed your bank, through our direct debit arrangement, to freeze your business accounts until payment is made.', 'coercion'],
    ['Our payment processor has been told to block your merchant terminal until you pay what you owe.', 'publicity'],
    ['I can\'t vouch for how my boys will conduct themselves at your shop if this drags on.', 'coercion'],
    ['Don\'t be surprised if your shopfront gets damaged when the money doesn\'t arrive.', 'coercion'],
    ['Customers who never pay their invoices tend to find their premises broken into.', 'tone'],
    ['Your kids deserve better than a dad who doesn\'t pay his bills.', 'abuse'],
    ['Your workers would be better off with an employer who pays what he owes, unlike you.', 'abuse'],
    ['Your team should think very carefully before they try to stop us taking the stock back.', 'tone'],
    ['Nobody should get in the way of our guys when they come for the equipment on Monday.', 'threats'],
    ['We will be filing charges against you at the police station unless the money is in our account by Friday.', 'threats'],
    ['We\'re going to lay a criminal charge with the police about your unpaid account.', 'threats'],
    ['We\'ll be making a police report against you for this debt tomorrow.', 'threats'],
    ['Your booking page will display a notice that your clinic has unpaid bills with us.', 'publicity'],
    ['Each of your franchisees will get an email from us explaining that you have not paid us for six months.', 'publicity'],
    ['Your customers will receive a text from us saying your account is in default.', 'publicity'],
    ['Your nurses will receive letters from us explaining that the agency has stopped paying its suppliers.', 'publicity'],
    ['Our office has issued a writ of execution against your company, and the sheriff will attend on Monday.', 'false-authority'],
    ['Our credit control team has signed a warrant of control against your premises.', 'false-authority'],
    ['The sheriff will serve the summons at your depot and we\'ll send our lads along with him to collect the vans.', 'false-authority'],
    ['The inspectors are with us on this and will come round with our team if you don\'t pay.', 'threats'],
    ['Under the law, ownership of anything you haven\'t paid for remains with us, so we can walk in and take it back.', 'misleading'],
    ['By law all data on the server is our property until paid, and we\'ll be reading your emails.', 'misleading'],
    ['We\'ll withhold your drawings until the account is current, even though you paid for them in full.', 'coercion'],
    ['Nothing of yours leaves our warehouse until every penny on the account is paid, including the stock you prepaid.', 'coercion'],
    ['We\'re keeping your own tools in our yard until the old account is current.', 'coercion'],
    ['We\'ll dispose of the obsolete stock you returned and then everything else of yours we\'re holding, unless you pay.', 'threats'],
    ['We\'ll be in touch with your team every day by every means we have until the money lands.', 'frequency'],
    ['We\'ll keep calling your mobile on Sunday until you answer.', 'frequency'],
    ['People have been locked up for less than this, mate.', 'threats'],
    ['I\'d hate for those photos of your kitchen to land on the desk of environmental health.', 'tone'],
    ['We\'ll send you a notice: "Your goods will be seized and sold on Friday if this is not paid."', 'threats'],
    ['The note we will pin to your shop door on Monday: "This business does not pay its suppliers."', 'tone'],
    ['We\'re holding the stock you\'ve already paid for, and the hold stays in place until invoice 771 is paid.', 'coercion'],
    ['We\'re keeping the laptops you already paid for until it\'s paid for, and by \'it\' I mean the whole account including last year\'s invoices.', 'coercion'],
    ['You say that under the UCC title passed to you; wrong — under the UCC title stays with the seller until paid, so we\'ll be collecting the units.', 'coercion'],
    ['We will call your mobile at 5am tomorrow.', 'frequency'],
    ['We\'ll be calling your mobile while you\'re on holiday in Fiji until this is paid.', 'frequency'],
    ['We will securely destroy all your records and stock unless you pay by Friday.', 'threats'],
    ['We\'ll destroy your stock and send you a certificate of destruction if the bill isn\'t paid.', 'threats'],
    ['A process server will serve them at your home tonight along with our lads.', 'threats'],
    ['My associates will be at your shop on Monday.', 'threats'],
    ['A couple of my associates will call round to your house this weekend.', 'threats'],
    ['Every patient who books online will see this notice: "This clinic owes money to its suppliers."', 'publicity'],
    ['Your two biggest shippers will receive a letter from us saying your invoices are overdue.', 'publicity'],
    ['Your bank manager will get a call from us tomorrow about the unpaid balance.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'In next week\'s training every collector will read this note: "Never say \'we\'ll tell your customers you don\'t pay\' or \'our lads will pay you a visit\'. Both are unlawful."',
    'I will forward this message to our legal team: "If you don\'t drop the invoice we\'ll post your name on Facebook and send the boys round." That is what your manager wrote to us on Tuesday, and we will not respond in kind.',
    'Your billing screen will show a banner saying invoice 311 is overdue; only users with billing rights on your side can see it.',
    'Everyone who has billing access in your company will see the notice about the overdue invoice when they log in; nobody else will.',
    'Once enabled, your customer-facing invoices will display a reminder notice on any invoice that is overdue, so your own customers pay you sooner.',
    'Your receipts will print a line showing the outstanding balance only for your own tenants\' accounts, as you asked when you set up the module.',
    'Please don\'t stop the direct debits. Your direct debits are set up correctly, so you shouldn\'t stop them; the duplicate charge will be refunded automatically.',
    'It would be a mistake for you to stop them now: the instalments are the only thing keeping the interest frozen under our plan.',
    'During unloading, anyone on site must not obstruct the driver or stand under the crane arm, for safety reasons.',
    'At your request we have asked the bank to stop your direct debit until the new payment plan starts in March.',
    'I can\'t say how they will react at the credit committee, but I will put your proposal for six instalments forward on Monday.',
    'I can\'t promise what our team will do about the late fees until they\'ve reviewed your dispute, but they will reply within 5 working days.',
    'If you\'ve already paid, don\'t be surprised if the invoice is gone from your portal by Monday; it will have been reconciled.',
    'If payment has been received, don\'t be too surprised if the reminder is missing from your statement next month — it will simply have been cleared.',
    'Your son mentioned he had been embarrassed at how long the refund took, and I\'m sorry; that is not how we want to treat a customer of twenty years.',
    'Your daughter said she\'d been embarrassed to see the error on the invoice at the till, and we apologise; the charge has been reversed.',
    'Loyal clients deserve better than to be chased like you were last month; I\'ve put a stop on automated reminders on your account.',
    'The credit hold will be released once the account is up to date. Items paid by card at drop-off can be collected as normal.',
    'Thanks for your request for an export of your patient records; it\'s attached. Separately, your subscription will be kept suspended until the account is current.',
    'Your own tools left on our site can be collected any time. Account deliveries are on hold until the account is current.',
    'Your own products are insured while in our warehouse. Outbound picking for your account stays on hold until the account is current under our storage terms.',
    'Under the Sale of Goods Act a seller can keep title until paid, and our terms do: title stays with us until invoice 4471 is cleared.',
    'We are entitled to review the delivery records before we agree to a credit note for the short shipment.',
    'We have the right to access your data only to provide support; we never use it for collection.',
    'Copies of the signed delivery documents are ours to keep unless you ask for them; the originals were left with your receiving clerk.',
    'We will file a case against your company in the district court for recovery of ₹4,20,000 if the amount is not paid within 15 days of this notice.',
    'The theft of our van is being reported as a case under section 1 of the Theft Act; your deliveries are moving to our second vehicle.',
    'During the migration our engineer will be in touch every single day with a progress report, as your IT manager requested.',
    'Anyone who logs in to your admin portal will see a notice that the account is overdue until it is paid; your own customers will not see anything.',
    'We have asked our warehouse to put a hold on your next shipment until payment of invoice 9921 is received, as clause 5 of our terms allows.',
    'We\'ve told the courier to stop your deliveries until the overdue invoices are paid; anything already in transit will still arrive.',
    'I\'ve asked our dispatch team to suspend your standing order until the payment plan is signed.',
    'I cannot say how she\'ll treat a request to waive the late fee, but our credit manager is usually reasonable.',
    'I can\'t promise how our team will respond, but I will raise your complaint about the late fee today.',
    'If the payment has cleared, don\'t be surprised if the overdue reminder disappears from your app overnight.',
    'Your mother, who set up the account, would have been appalled at how our call centre spoke to you, and I am truly sorry.',
    'Your grandad, who founded the shop, would be turning in his grave at our service this year — our words, not yours — and we\'re sorry.',
    'Your children were mortified to see our van blocking the school gate, your wife tells us; we\'ve apologised and disciplined the driver.',
    'Your husband told our driver he\'d been embarrassed by how long the delivery took; we have refunded the delivery fee.',
    'Your own items are ready for collection; the laundry account on hold until the account is current only affects new bookings.',
    'We are permitted to use the data only for support, under clause 11; the files belong to you and we will delete them on request.',
    'We are entitled to inspect the documents you rely on for the short-payment before we accept the deduction.',
    'We will file a case against the company in the Small Claims Tribunal if the invoice remains unpaid by 30 June.',
    'We\'ll file a case against your firm at the Disputes Tribunal if we can\'t agree a plan by the end of the month.',
    'If the matter cannot be resolved we may open a case against the company with the Small Claims Court in Pretoria.',
    'The fraud attempt on our account has been reported as a case under section 415 of the Penal Code; please ignore emails from the spoofed address.',
    'We will include the customer\'s message in our reply to the ombudsman: "I\'ll send the boys round to your office if you chase me again."',
    'His wife had been appalled at how our driver spoke to her in the car park, and we have apologised to them both.',
  ])('fair: %s', clean);
});

describe("457. corpus-fresh95's and corpus-fresh96's fair letters flagged when measured at the end, by kind: a step said to come only on a court order, a plan offered to the sender in the passive, a name read as verbs in a subject line, a motor trade's rear-end repair, things destroyed and then a clause of what follows", () => {
  it.each([
    ['We destroyed his business, so you know we mean it.', 'threats'],
    ['We destroyed two firms, so you know we mean it.', 'threats'],
    ['RE: NYATI EXPRESS COURIERS LTD – PAY TODAY', 'shouting'],
    ['RE: GOODS SEIZED', 'shouting'],
    ['RE: PAYMENT REQUIRED TODAY', 'shouting'],
    ['We will never accept a payment plan from you.', 'coercion'],
    ['We are not offering instalments to anyone.', 'coercion'],
    ['RE: PAY THIS INVOICE TODAY OR FACE THE CONSEQUENCES', 'shouting'],
    ['The bailiffs will come round and take your stock on Monday.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    "We are not taking, and cannot take, any of your stock or equipment ourselves. Attachment of goods could only happen later, through the sheriff, on a court order.",
    'If we are not paid or offered a plan by 31 May, we will refer the account to our collection agency on 4 June.',
    'RE: NYATI EXPRESS COURIERS LTD – ACCOUNT NEC-031\n\nDear Mr Mutua,\n\nThank you for your call on Monday.',
    "Thank you for your email questioning the labour on AARC-6621 (£3,418.20, Qashqai rear-end repair, due 30 June).",
    'The hail nearly destroyed two windscreens, so you may see a different coach on the May 28 run.',
    'RE: LEADING EDGE ROOFING LTD – INVOICE 2219',
    'Invoice 5521 covers the rear-end repair to your van, registration KX19 ABC.',
  ])('fair: %s', clean);
});

describe("458. corpus-fresh97's and corpus-fresh98's kinds, measured before tuning: care or discretion the sender's people no longer promise, checks on the customer's people and logins to its own systems held until paid, an authority let know, a notice put up where the customer's people pass, a family member named by whose they are, third parties not held back from telling, a register said to bar a whole trade; and their fair letters' kinds", () => {
  it.each([
    ["If the balance is still open on 25 April, I can't promise our people will be quite as careful about closing doors and bin-store gates.", 'threats'],
    ['If we pull the guards off the site, I cannot vouch that our officers will stay as discreet about your alarm codes.', 'threats'],
    ["If we have to pull them off the site without settlement, I can't be responsible for who they talk to about which stores are unprotected overnight.", 'threats'],
    ['We will not be held responsible for whom our former staff tell about your building.', 'threats'],
    ["Guy's walking out to his truck on his own, keys in his hand, anything could happen.", 'threats'],
    ['Until the balance is cleared, we will not be releasing the vetting confirmations for the four supply staff working in your schools.', 'coercion'],
    ['The DBS checks for your current agency staff will not be released until invoice 4410 is paid.', 'coercion'],
    ['We know you paid for the fit-out. Until the account is settled, the administrator login for the building\'s access-control system will remain with us.', 'coercion'],
    ['The March work was paid in full. We will deactivate all tenant fobs, and they can be re-enabled as soon as payment clears.', 'coercion'],
    ["In that case we'd feel obliged to let the provincial food safety inspectors know your service has lapsed.", 'threats'],
    ['If the invoice is not paid, we will let the food standards agency know what we saw in your kitchen.', 'threats'],
    ["If we haven't heard from you by 12 September, we'll post a notice in each lobby explaining that maintenance has stopped because the owner hasn't paid its contractor.", 'publicity'],
    ['We will be putting posters up in the foyer telling residents that the landlord owes us £5,960.', 'publicity'],
    ["Spoke with Gary's wife, Linda. Explained the business account was overdue and asked her to encourage Gary to pay this week.", 'publicity'],
    ["We won't be discouraging any of our creators from telling their audiences exactly which brand hasn't paid.", 'publicity'],
    ["Our drivers will not be stopped from telling your customers that you haven't paid us since June.", 'publicity'],
    ['Once registered, a business is barred from placing paid listings with any UK directory for six years.', 'misleading'],
    ['A default on the register means you will be banned from ordering from all wholesalers in the scheme.', 'misleading'],
    ['From Monday one of our team will be in your Bordesley Green shop every morning at opening until the balance is paid.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    "I can't promise our engineers will be as quick as last time, but the parts are on order.",
    "I can't guarantee the drivers will be as early as last week because of the roadworks.",
    'We are not responsible for what your bank charges for the transfer.',
    "We can't be responsible for how the courier handles the parcels once they leave us, so please check them on arrival.",
    "There's no lighting in that car park, but anything could happen with the weather, so the delivery may be late.",
    'Until the balance is cleared, we will not be releasing any new DBS checks for new starters.',
    'Until the account is paid, the administrator login for our portal will remain with us.',
    'If you have any questions, we can let the food standards team know you are cooperating.',
    'Please let the fire safety officer know when the alarm test is booked.',
    'We will be putting a notice in the staff room explaining the new rota.',
    'We will put a notice on the door explaining that the office is closed on Monday.',
    'We will post a notice to your registered office stating that the invoice is unpaid and our claim will follow on 3 June.',
    "Spoke with Gary's wife, Linda, who works in their accounts office, and she confirmed the payment run is on Friday.",
    'Mason & Daughters Ltd has authorised us in writing to give you a trade reference; their average payment time is 41 days.',
    'We will not stop you from telling your customers that the delivery is delayed.',
    'Customers on stop are barred from placing new orders with any of our branches until the account is cleared.',
    'Your staff had to lock up without cover on the nights of 3, 4 and 5 October; that is a serious complaint and invoice DVS-2290 is on hold.',
    'Your money is locked up in stock, I understand, so let us agree a plan.',
    'Foxglove Creative invoices FC-0733 and FC-0760 remain unpaid after our statements of 10 February and 3 March.',
    'Your Christmas catalogue, which you paid for in advance, will go to Royal Mail as booked. We will answer on the disputed £1,120 by 15 August; that part is on hold until then.',
    'The invoice is on hold, and I am speaking to our production editor about how it happened.',
    "Your team's shameless plug at the trade show brought in three inbound calls.",
  ])('fair: %s', clean);
});

describe("459. A review of §458 by a fresh helper, mended: the participle \"locked up\" again, with money and premises excepted; care compared with the care taken so far; whom the sender's people will talk to, not whom they spoke to; an authority let know on a condition of not paying; relatives who are the business; the sender's own editor asked about its mistake; the disputed part of a debt on hold; a named shop only until paid; a register, not the law, said to bar a whole trade", () => {
  it.each([
    ['Our boys might not be as careful around your vans from now on.', 'threats'],
    ['Our crew won\'t be taking the same care with your gates and fences while this is unpaid.', 'threats'],
    ['You could find yourself locked up over this.', 'threats'],
    ['Non-payment like this gets people locked up.', 'threats'],
    ['We\'ll have you locked up for this.', 'threats'],
    ['A few nights locked up might focus your mind.', 'threats'],
    ['Directors who don\'t pay their suppliers can end up locked up.', 'threats'],
    ['The police will lock your MD up if this isn\'t paid.', 'threats'],
    ['We will let trading standards know about your labelling unless the £4,200 arrives this week.', 'threats'],
    ['I am speaking to my editor about running a piece on your unpaid invoices.', 'publicity'],
    ['The goods you\'ve paid for are ready, but collection is on hold until invoice 4471 is paid.', 'coercion'],
    ['Your prepaid part is on hold until the other invoices are paid.', 'coercion'],
    ['We\'ll get very Creative with the fees if this isn\'t settled.', 'coercion'],
    ['I\'ve spoken to my editor, and your unpaid invoices will be in next month\'s issue.', 'publicity'],
    ['Keep ignoring us and you could find yourselves locked up.', 'threats'],
    ['Fraud like yours ends with someone locked up.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We cannot guarantee our cleaners will be as thorough if the rooms are still occupied during the scheduled clean.',
    'We can\'t guarantee our technicians will be tidy enough for a show home while the plastering is still wet, so please keep the area clear.',
    'I can\'t vouch for who they spoke to at your depot on Tuesday; could you check with your warehouse team?',
    'Our engineer will not work alone in the plant room, because anything can happen with live equipment.',
    'He will be walking the site on his own on Saturday to check the meters, and anything could happen with the weather, so we may reschedule.',
    'They were locking up when our driver arrived at 5.40 pm, so the delivery will be retried on Monday.',
    'The premium you paid is locked up until the policy renews, according to the insurer.',
    'If your payment includes the CIS deduction, we will let HMRC know on our monthly return as the scheme requires.',
    'If the payment certificate needs changing, I will let the building inspector know the revised completion date.',
    'As agreed with your office, we will put a notice in each lobby explaining that residents who are behind on their service charge should contact your office.',
    'I spoke with Mrs Okafor\'s son, who now handles the accounts, and he confirmed payment on Friday.',
    'I spoke to the owner\'s son this morning, who is the named contact on the account, and he agreed to pay by the 20th.',
    'Undischarged bankrupts are prohibited from obtaining credit of more than £500 from any lender without disclosing their status.',
    'Companies on the sanctions list are prohibited from opening accounts with any UK bank, which does not apply to you.',
    'We will be at your Leeds store every Monday morning to restock the shelves, as the merchandising contract provides.',
    'Our team will be in the Bristol office every morning next week to finish the fit-out.',
    'We can\'t guarantee our operatives will be careful enough with the new flooring unless it is covered.',
    'The director\'s wife, Mrs Lowe, is the company secretary and asked us to send the statement to her.',
    'Your bookkeeper, Sam\'s daughter, asked for a copy of the statement, which we have emailed to her.',
    'I spoke to Pat\'s husband, who co-owns the business, and he confirmed the payment date.',
  ])('fair: %s', clean);
});

describe("460. corpus-fresh100's fair letters flagged when measured, by kind: a chat message sent in parts (one contact, where each call attempt still counts), a warrant applied for or granted by a court, a weekly email on a named day, calls kept to the line the customer named, a remote kill switch as a device, individual accounts; and the homes of the customer's officers visited", () => {
  it.each([
    ['08:02 Morning, just checking on invoice 4419?\n\n08:47 Hi again, did you see my message?\n\n09:30 Any update on 4419?\n\n10:15 Trying you again!', 'contact-log'],
    ['14:00 Pay invoice 4419 today.\n\n14:08 Hello??\n\n14:16 Still waiting.\n\n14:24 Answer your phone.', 'contact-log'],
    ["Mon 10:02 no answer | 10:05 no answer | 10:11 | 10:14 | 10:16 | 10:20 no answer", 'contact-log'],
    ['We will obtain a warrant and our officers will enter your premises tomorrow.', 'false-authority'],
    ['Our field team will visit the home addresses of your directors this Saturday.', 'frequency'],
    ['They will be visiting the home addresses of the officers listed on your state filing this weekend.', 'frequency'],
    ['We will call you every single morning until this is paid.', 'frequency'],
    ['The Act makes directors personally liable for company debts.', 'misleading'],
    ['We can remotely switch off your machines tonight.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    "[14:06] Martin (Harcourt AF): Lee, Martin at Harcourt. Agreement 0087734: two instalments unpaid, £4,290.00.\n\n[14:07] Martin (Harcourt AF): The agreement ended yesterday under clause 11.\n\n[14:09] Martin (Harcourt AF): Can our agents collect the unit on Thursday at 10:00?\n\n[14:10] Martin (Harcourt AF): Or ring me on 07700 900588 to talk about the balance.",
    "We intend to apply to Manchester Magistrates' Court for a warrant to enter the premises to disconnect the supply. The application will be heard on 15 April.",
    'If the court grants a warrant, we will write to you with the date of the visit beforehand.',
    'If the balance is not paid by May 5, we will refer it to our attorney to file a warrant in debt in the Norfolk General District Court.',
    "You asked that we don't call reception out of hours. I'll send you a short email each Tuesday morning confirming where the plan stands.",
    "Alan asked that we only call his direct line and not the home's other numbers, since the nurses' station needs its line.",
    'The invoice also covers setting up the remote kill switch for the two practice laptops.',
    'Ofwat regulates the market but does not deal with individual accounts, and this notice is from Aquamere alone.',
    'Our engineer will visit the home of your office manager to drop off the spare keys she asked for.',
  ])('fair: %s', clean);
});

describe('460b. contact logs: a message after an unanswered question, and each call attempt however close, still count; a warrant applied for with the court and its Act named between', () => {
  it.each([
    ['Fri 16:10\nHi Sam, invoice 4419?\n\nFri 16:12\nHello?\n\nFri 18:30\nAny news?\n\nFri 19:02\nCalling again.', 'contact-log'],
    ['Mon 10:11 | 10:14 | 10:16 | 10:20 voicemail left', 'contact-log'],
    ['We will apply the late fee today, and next week our bailiffs will execute the warrant at your premises.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    "We intend to apply to Manchester Magistrates' Court under the Rights of Entry (Gas and Electricity Boards) Act 1954 for a warrant to enter the premises to disconnect the supply.",
  ])('fair: %s', clean);
});

describe("461. corpus-fresh99's fair letters flagged when measured, by kind: a summons the sender's attorneys will issue, a review that is work, killing a thing, telling on the customer's instruction", () => {
  it.each([
    ['We killed the power to your unit and your staff can sit in the dark.', 'threats'],
    ["I'll kill you if this isn't paid.", 'threats'],
    ['We will post a review of your firm on Trustpilot tonight.', 'publicity'],
    ["We will send the deeds to your lender's legal team so they know you don't pay your bills.", 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'If the invoice is not paid by 17 October, we will withdraw from the engagement under clause 11 and refer the fee to our attorneys for summons.',
    'Unless the invoice is paid by October 17, we will suspend remaining services, including submittal review and punch-list work, until the account is current.',
    'During execution we killed the stale admin sessions, your team shrank the attack surface, and we destroyed all test data on October 3.',
    "The deeds are ready for collection, or we will send them to your lender's legal team on your written instruction.",
  ])('fair: %s', clean);
});

describe("462. corpus-fresh99's and corpus-fresh100's harmful kinds: a scornful class the customer is put in, excuses told where to go, access to the customer's own books given back only when paid 'and not before', no plan while a complaint to the regulator stands, the customer's progress payment held back by its contractor and paid over", () => {
  it.each([
    ["Every tight-fisted landlord in Bristol trots out the same line, and you're no different.", 'abuse'],
    ['Typical stingy farmer, you are just the same as the rest of them.', 'abuse'],
    ['Take your excuses and shove them in the bin with the rest of your rubbish.', 'abuse'],
    ['As the subscriber on your Xero organisation, we have changed the administrator login. Access will be restored when, and not before, the £4,620.00 shows in our account.', 'coercion'],
    ['While that complaint is open, nobody in this office is going to agree a payment plan with Seaview House.', 'coercion'],
    ['Withdraw your complaint this week, in writing, and copy me, and then we can talk about spreading the balance over the summer.', 'coercion'],
    ['We are writing to the main contractor, asking them to hold back your next progress payment and pay our S$18,900 to us directly out of it.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    "Stick the invoice in the bin if it's wrong and we'll send a new one.",
    "Every small landlord in Bristol has had the same trouble with the council, and you're no different; let's agree a plan.",
    'While the complaint is open, we will not add interest or agree any new credit terms.',
    'Your service will be restored when, and not before, the meter is repaired.',
    'We have asked the main contractor to hold back the retention and pay it to us, as the subcontract assignment you signed allows.',
  ])('fair: %s', clean);
});

describe("463. A review of §460-§462 by a fresh helper, mended: a burst of three minutes, and texts logged as sent, in contact logs; a warrant to be applied for, not one claimed filed or issued; the refusal of a plan itself while a complaint stands; things killed as the object; a remote device used to shut down; telling on the customer's instruction directly after; where to shove the excuses; personal responsibility in law; a relative who runs the business", () => {
  it.each([
    ['09:00 Invoice 4419 is overdue.\n09:04 Pay it.\n09:08 Pay it today.\n09:12 We know you\'re reading these.\n09:16 Pay now.', 'contact-log'],
    ['[11:00] Where is our money.\n[11:02] Hello.\n[11:04] We can see you\'re online.\n[11:06] Stop ignoring us.\n[11:08] Pay the invoice.\n[11:10] Today.\n[11:12] Now.', 'contact-log'],
    ['10:00 texted re 4419\n10:04 texted again\n10:08 WhatsApp sent\n10:12 emailed\n10:16 texted\n10:20 WhatsApp sent', 'contact-log'],
    ['We have filed a warrant against your company and officers will attend your premises on Monday.', 'false-authority'],
    ['The magistrate has issued a warrant and our officers will call at your premises on Friday.', 'false-authority'],
    ['Using the remote immobiliser, we will shut down your forklifts on Monday whatever is on them.', 'threats'],
    ['We will inform your bank and your main customers of the arrears; at your request, we\'ll copy you in.', 'publicity'],
    ['We will tell your other suppliers about this debt, at your own request to be kept informed.', 'publicity'],
    ['We will let your customers know you don\'t pay your bills, per your instructions to keep them updated.', 'publicity'],
    ['Under the Companies Act, the directors bear personal responsibility for the company\'s unpaid invoices.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'If the old statement turns up in the post, just stick it in the bin; the attached one replaces it.',
    'Stuff them in the recycling bin if the duplicate invoices arrive; they were sent in error.',
    'We don\'t want to seem stingy or penny-pinching, so we have waived the £40 compensation.',
    'Our budget is as tight-fisted as yours this year, so we understand why the payment was late.',
    'We\'re probably the most penny-pinching firm in the trade on credit terms, so we\'ll be straight with you.',
    'While your complaint is open, we will not add interest, and we can agree a payment plan for the undisputed balance.',
    'While the dispute is pending, no one will chase you, and we can offer a plan for the other invoices.',
  ])('fair: %s', clean);
});

describe("464. corpus-fresh99's harmful kinds: the customer's books said not to bear an authority's look, and Singapore's and the utilities' regulators named", () => {
  it.each([
    ['Some of the input tax claimed on the Midrand fit-out would not enjoy close attention from SARS.', 'threats'],
    ['It would be unfortunate if BCA were to receive a note suggesting that the works on level 3 have drifted from the approved plans.', 'threats'],
    ['Unless the balance is paid by Friday, we will be writing to the Ministry of Manpower about your foreign workers.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Ofwat regulates the market but does not deal with individual accounts, and this notice is from Aquamere alone.',
    'If you are unhappy with our answer, you can take your complaint to the CRU.',
  ])('fair: %s', clean);
});

describe("465. corpus-fresh100's false regulatory notice: a regulator's penalty put on a supplier's bill, and a charge said to be past dispute", () => {
  it.each([
    ['A regulatory penalty of £500 has been applied to your account under this notice.', 'misleading'],
    ['The penalty is set by the regulator and cannot be waived or disputed.', 'misleading'],
    ['This invoice cannot be disputed or appealed once it is 30 days old.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Any regulatory fine the FCA imposes on us is our own cost and is never passed on to you.',
    'The levy is set by the government and shown separately on your bill.',
    'If you think the charge is wrong, it can be disputed through our complaints process.',
    'The statutory compensation of £70 has been added under the Late Payment Act.',
  ])('fair: %s', clean);
});

describe("466. corpus-fresh101's and corpus-fresh102's fair letters flagged when measured, by kind: attempts made, reported; a third call in a week; having been patient; the customer's accounts staff, not its accountant; plates kept if the customer likes; a summons the court sends or the customer may defend, or the sender's attorneys named at length will issue", () => {
  it.each([
    ['We will call you many times a day until you pay.', 'frequency'],
    ["Eighth time this week I'm calling you.", 'frequency'],
    ["Third time today I'm calling you.", 'frequency'],
    ["We're done being patient with you.", 'coercion'],
    ['Do not contact your accountant about this agreement.', 'coercion'],
    ['We will destroy your business unless you pay by Friday.', 'threats'],
    ['We have called you many times and we will keep calling every day until you pay.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    "We have called many times and each time there has been a reason the payment could not go.",
    "Third time this week I'm ringing about invoice 5512, the grease trap clean-out, due the fifteenth of last month.",
    "I knew your father for 25 years and our families have done business for longer than that, which is why I've been patient.",
    'Our credit team has been told not to contact your accounts staff about the old invoices while the examiner is in place.',
    "Under our policy we destroy old printing plates after 12 months, so the 2023 plates will be destroyed on 31 January unless you'd like them kept.",
    'We will instruct our attorneys, Venter & Mahlangu Inc., to issue summons against you in the Magistrate\'s Court for the District of Ermelo. You will have the chance to defend any summons.',
    'On November 14 I filed a claim in Conciliation Court, St. Louis County. The court will mail you the summons with the hearing date.',
  ])('fair: %s', clean);
});

describe("467. corpus-fresh101's and corpus-fresh102's harmful kinds, after their measurement: a list by what its readers are not to do, the customer's own customers emailed on a condition of not paying, calls with no end in the day; and the customer's own calls or the hours a line is open", () => {
  it.each([
    ['As of this morning Lee Harper Builders is on the Do Not Work For list in the Derby Trades WhatsApp.', 'publicity'],
    ["If I've not been paid by 5 April, each of those six couples gets a polite little email from me explaining that the invitations haven't been paid for.", 'publicity'],
    ['Our office will phone your cell, your landline and the farm office one after the other, all day, non-stop.', 'frequency'],
    ['We will call you all day until you pay.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'Please add the new site to the do not deliver list until the road reopens.',
    "If you'd like, each of your couples gets a thank-you email from us after the wedding.",
    'Our team will call you on Monday; the office is open all day.',
    'You can call us all day on 0161 496 0000.',
  ])('fair: %s', clean);
});

describe("468. what the tone model alone had caught, as wording rules once it learned from every dev set: loss not to be surprised by with the condition after it, calls that follow the customer onto holiday or leave, the customer's people said to deserve better than one who does not pay", () => {
  it.each([
    ["Don't be surprised if your shopfront gets damaged when the money doesn't arrive.", 'coercion'],
    ["Don't be too surprised if your van gets keyed once the money fails to turn up.", 'coercion'],
    ["Do not be surprised if your windows are smashed if this isn't paid by Friday.", 'coercion'],
    ["We'll be calling your mobile while you're on holiday in Fiji until this is paid.", 'frequency'],
    ['I will be chasing you all through your holiday.', 'frequency'],
    ['We will be ringing your mobile during your honeymoon.', 'frequency'],
    ["Your staff deserve better than a boss who never pays his suppliers.", 'abuse'],
    ["Your staff deserve better than a company that doesn't pay its bills.", 'abuse'],
    ['Your customers would be happier with a supplier that pays its subcontractors, unlike you.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    "Don't be surprised if the invoice is gone from your portal once it is paid.",
    "Don't be surprised if your account is credited when the refund comes through.",
    "Don't be surprised if the delivery is damaged when the courier doesn't take care; please report it.",
    "We will call you when you're back from holiday.",
    'We tried to call you while you were on holiday.',
    "We won't call you while you're on holiday.",
    'Our team will call your office while you are on leave to speak with your deputy.',
    'We will call your office during your holiday and speak to Priya.',
    "You deserve better than a supplier who doesn't answer your calls; we are sorry.",
    "Your team deserves better than a system that can't pay invoices on time, so we have fixed our portal.",
    'Our drivers are better off with a customer who pays on delivery.',
  ])('fair: %s', clean);
});

describe("469. A review of §468's kinds, mended: holidays and leave the customer's own, not a colleague's, nor when the customer asked; loss foretold of the customer's own things when the debt is not paid, not of goods when a courier, a mandate or a premium is not; deserving better said of the customer's people, not of attention paid or of the sender's own failings owned", () => {
  it.each([
    ['Our collector will call you while you are on holiday.', 'frequency'],
    ['We intend to call your mobile while you\'re on holiday.', 'frequency'],
    ['You will be called while you are on holiday until the balance is cleared.', 'frequency'],
    ['Expect calls from us throughout your vacation.', 'frequency'],
    ["Going on leave won't stop our calls.", 'frequency'],
    ["Don't think your holiday will stop us ringing you.", 'frequency'],
    ["Wouldn't be shocked if your warehouse caught fire when this goes unpaid.", 'coercion'],
    ["It wouldn't surprise me if your lorries got torched when the cash doesn't come through.", 'coercion'],
    ['Your kids deserve better than a parent who will not settle up.', 'abuse'],
    ['Your staff would be better off working for someone who pays, not you.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'As you asked, we will call you while you are on annual leave to confirm the transfer.',
    'You asked us to keep you updated, so we will text you while you are on leave with the remittance reference.',
    'Since she normally handles remittances, we will call you when she is on leave.',
    'We will call you to arrange cover during his leave.',
    'I will call you during their holiday shutdown to confirm the delivery slot.',
    'We will message you while you are on holiday only if the courier needs access to your site.',
    "Don't be surprised if the pending payment is missing from your statement when it has not yet cleared.",
    "Don't be surprised if the direct debit is missing from your bank statement if the mandate has not been received by your bank yet.",
    'Do not be surprised if the goods arrive damaged if the courier does not receive the fragile-handling instruction.',
    "Don't be surprised if your insurer refuses the claim for goods damaged in transit if the premium was not paid.",
    "Don't be surprised if the old invoice is gone from your portal once it is paid; the portal does not show paid items.",
    "Your customers deserve better than a supplier who doesn't pay attention to their orders, which is why we have changed our process.",
    "Your team deserves better than a company that can't settle a simple billing query in a month; that's on us, and I apologise.",
    "Small suppliers deserve better than customers who don't pay on time, which is why we back the Prompt Payment Code.",
    'You would be better off with a payment plan that keeps instalments monthly, unlike yours, which is quarterly.',
    'Your drivers would be happier with a depot that keeps the gate open till six, unlike yours which shuts at four.',
  ])('fair: %s', clean);
});

describe("470. corpus-fresh103's and corpus-fresh104's fair letters flagged when measured, by kind: a writ that starts a claim, a vessel arrested by a court's warrant, a repairer's lien for the work on the thing held, one plan refused and another offered, a ship's chief officer; rent recovery by its procedure, the sender's own equipment recovered by a bailiff, a warrant only after judgment or none at all, the next step named after 'you know what happens', a right the contract gives by its clause", () => {
  it.each([
    ['We have obtained a writ against you and the sheriff will attend on Monday.', 'false-authority'],
    ['We will have your crew arrested when the vessel docks.', 'threats'],
    ['This is the Chief Officer of our enforcement division.', 'false-authority'],
    ["You know what happens next if you don't pay.", 'coercion'],
    ["I'm running out of patience with you.", 'coercion'],
    ['We will instruct a bailiff to recover our money from your stock.', 'threats'],
    ['We have a warrant for your goods.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Unless the full amount is received by 12 July 2024, we shall instruct our solicitors, Nkansah & Badu Chambers, to issue a writ in the High Court (Commercial Division), Accra, for the sum together with interest and costs.',
    'We will instruct our solicitors to commence an admiralty action in rem. In such an action the court may issue a warrant for the arrest of the vessel, which would be executed by the Sheriff.',
    'As repairers we hold a lien over this engine for the cost of the work on it, and we will keep it here until the invoice is paid.',
    'We cannot agree to four monthly instalments for a bunker stem of this size, but we can offer two.',
    'I also sent the signed delivery receipt from your Chief Officer.',
    'If the arrears are not paid by 24 October, the landlord will instruct Severn Enforcement Services Ltd. Their certificated enforcement agent will serve a notice of enforcement under the Commercial Rent Arrears Recovery procedure.',
    'If the balance is not paid by October 24, we will end the rental under section 10 of the agreement and instruct Lakeshore Bailiff Services, a licensed bailiff, to recover our equipment: the cooler, the range and the fryers, and nothing else.',
    'No claim has been filed yet. Property can only be seized under a court warrant after judgment, and we have no such warrant.',
    "So you know what happens next: if the balance isn't paid, or a payment plan agreed, by 31 October, we will give you a formal breach notice under clause 24 of the franchise agreement.",
    "I'll say it straight: I'm running out of patience. I need the $1,980.00 by 26 September. If neither happens, clause 10 of the lease lets us end it and collect the machine and grinder.",
  ])('fair: %s', clean);
});

describe("471. A review of §470's exceptions, narrowed: a writ still to be issued, a vessel by name and a court, a ship's chief officer, a plan refused and another offered in one sentence, the step after a condition, a contract ended by its clause, rent recovery's notice of enforcement, a licensed bailiff for the sender's own equipment, a repairer's lien on the thing for the work on it, a warrant the sender has not", () => {
  it.each([
    ['Our solicitors have already issued a writ in the High Court against you and your directors personally.', 'false-authority'],
    ['The court has issued a warrant for the arrest of your master and vessel, and he will be taken off the ship when she docks.', 'threats'],
    ['Chief Officer Hanlon will be visiting your directors at home about this debt.', 'false-authority'],
    ['Your chief officer will be arrested when the ship reaches port.', 'threats'],
    ['We will never accept instalments under any circumstances, but we can offer 24 hours to pay the lot.', 'coercion'],
    ["You know what happens next, we will get our money one way or another, with or without a letter before claim.", 'coercion'],
    ["I'm out of patience with you. Clause 12 lets us recover the aircraft, and we will do it with your passengers on board.", 'coercion'],
    ['Under the CRAR procedure, our enforcement agent can take goods from your home and your directors\' cars for the equipment hire as well.', 'threats'],
    ["We will send a bailiff to your director's home to collect our equipment and his car.", 'threats'],
    ['Thank you for the engine; we hold a lien on it for the cost of the repairs, as usual. The paint shop has your three company vans, which you paid for in March, and we will not release them until invoice 2210 for the old fleet is paid.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'The Chief Officer of MV Nordic Star signed for 420 tonnes of VLSFO on 3 May.',
    'Our chief officer on the Solent ferry, Ms Ade, will confirm the delivery times.',
    'We would much rather settle this without legal action; if we have to, we will instruct our solicitors to issue a writ of summons in the High Court, Accra.',
  ])('fair: %s', clean);
});

describe("472. corpus-fresh103's harmful kinds, after its measurement: the sender's own stop, seizure or hold said to need no court", () => {
  it.each([
    ["We're entitled to stop the Caribe Pioneer leaving Fourchon ourselves. Our boat will tie up alongside. No court needed, no lawyers, that's what the lien is for.", 'misleading'],
    ["We'll stop her leaving port ourselves, no court needed.", 'misleading'],
    ['We will take the excavator back this weekend, no court order required.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'No court action is needed if you pay by Friday.',
    'If you pay by Friday, no court will be involved and we will keep the account open.',
    'We will keep the account on hold until the dispute is resolved; no lawyers are needed for that.',
    "We can hold the engine under our repairer's lien until paid; no court order is required for a possessory lien, but we cannot sell it.",
  ])('fair: %s', clean);
});

describe("473. Goods the sender supplied taken back by its own people, where the letter names no retention of title term, judgment or rent recovery that gives it the right; reluctance denied ('no hesitation in', 'no qualms about') asserts the step", () => {
  it.each([
    ['Our fitters will call on Thursday and take back every shelf and counter we supplied.', 'threats'],
    ['Failing payment, we will send a team to dig out the paving we laid at your depot.', 'threats'],
    ['Every compressor we installed will be ripped out on Monday if the balance stands.', 'threats'],
    ['We would have no hesitation in recovering the timber supplied to your site last month.', 'threats'],
    // Reluctance denied asserts the step it names.
    ['We would have no qualms about sending the bailiffs round on Monday.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Under clause 11, title to the goods remains with us until paid in full, so we will take back the racking we supplied if the invoice is still open on 4 May.',
    'As our retention of title clause allows, we will recover the unpaid pallets of stock we supplied after 14 days.',
    'Our engineer will remove the faulty pump we installed and fit a replacement at no charge.',
    'If you would rather return the unused tiles we supplied, our driver can take them back for credit.',
    'We will collect the scaffolding we supplied on hire when the hire period ends on 30 June.',
  ])('fair: %s', clean);
});

describe("474. corpus-fresh105's and corpus-fresh106's fair letters flagged when measured, by kind: the account placed with a named agency as the next step after patience runs out; a business named for the trade it bureaus; the writer's own word to someone else; a project supplier's lien rights with the notices given; a planning process's neighbour notification; the writer's own abuse reported and admitted out of order, by the wording rules and the tone model", () => {
  it.each([
    "I'm running out of patience. If the balance isn't paid by 9 June, we will pass the account to Redfern Credit Management on 12 June.",
    'Kestle Translation Bureau has instructed us to collect £2,140.00 for translation work supplied in March.',
    "My partner keeps telling me to hand it to a debt collector, and I've asked him to wait until Friday.",
    'As a supplier to the project we have lien rights against 14 Mill Lane; we have served the required notices on the owner, and if the balance is unpaid on 30 May we will file a lien on that property.',
    'I have seen the neighbour consultation for your new warehouse; that has nothing to do with this invoice.',
    "About my call yesterday: I said you were 'a bunch of clowns' and that your office was 'a circus'. That was out of order, and I apologise.",
  ])('fair: %s', clean);
  it.each([
    ["I'm running out of patience, and you will find out what that means.", 'coercion'],
    ['The National Recovery Bureau has instructed us to collect this debt.', 'false-authority'],
    ['Our debt collectors have been told to visit you on Saturday.', 'false-authority'],
    ['We will file a lien on your property if the invoice is unpaid on 30 May.', 'threats'],
    ['We have spoken to your neighbours about the debt.', 'publicity'],
    ['You are a bunch of clowns and your office is a circus.', 'abuse'],
  ])('flagged: %s', flags);
});

describe("475. corpus-fresh105's and corpus-fresh106's harmful kinds, after their measurement: calls made by callers taking turns; the customer's home address named as the sender holds it; the customer appearing in a publication's edition with its debt", () => {
  it.each([
    ['Our credit team will phone your office in turns from 8 until 6 until the account is settled.', 'frequency'],
    ['I have asked our sales staff to call your switchboard on a rota, every day this week.', 'frequency'],
    ['Our field agent has the residential address we hold for the director and will call there on Saturday.', 'threats'],
    ['Unless the balance is cleared by Friday, Harlow Joinery will appear in the autumn issue, with the amount owed and the days overdue.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Our accounts team answers the phones in shifts from 8 to 6, so you can reach someone all day.',
    'Please confirm that the home address we hold for you is still correct for the guarantee.',
    'Your advertisement will appear in the autumn issue, with the price and opening hours you sent.',
  ])('fair: %s', clean);
});

describe("476. A review of §473-§475, mended: money recovered for supplied goods, service and agreed removals, post to a held address, a publication's other content, one call to each in turn, and calls taken are fair; the exceptions kept to their kinds (a bureau instructing, the writer's word to wait, the planning document itself, an admission that is the writer's, a placement the sender will make)", () => {
  it.each([
    'Unless invoice 870 is paid by 30 June, we will recover the cost of the flooring we laid through the small claims court.',
    'Our engineer will remove the protective covers we fitted once the inspection is signed off.',
    'We will take back the sample cabinet we supplied for the showroom launch, as agreed when you booked it.',
    'From next month, statements will go to the home address we hold for you, as you asked.',
    'The new price list will appear in the spring issue of our customer newsletter, with the amounts that apply from May.',
    'We will call your two branches in turn to agree the delivery dates.',
    'If you would like to talk it through, our credit controllers take calls on a rota.',
    'I know you would like me to pass it to our solicitor, but I have asked her to wait until you reply.',
    "I'm out of patience. The account has been placed with Pennine Credit Management, who will write to you by 12 June.",
    "I'm out of patience. Unless paid by 20 May, I will instruct Okoro Legal LLP to issue a claim on 22 May.",
  ])('fair: %s', clean);
  it.each([
    ['The National Data Bureau has been informed of your unpaid invoices.', 'false-authority'],
    ['Our solicitors are ready, and I have told them to issue proceedings against you on Monday.', 'false-authority'],
    ['We will send a neighbour notification about your unpaid invoices to every business on the estate.', 'publicity'],
    ["My colleague said we'd smash your windows if you didn't pay. It was uncalled for that you ignored her.", 'threats'],
    ['Our staff will take turns calling your office until the invoice is paid.', 'frequency'],
    ["We won't lose any sleep over telling your customers that you don't pay.", 'publicity'],
    ['Our fitters will call on Saturday to take away every cabinet we supplied.', 'threats'],
  ])('flagged: %s', flags);
});

describe("477. Every way of paying in parts ruled out as a thing that will not exist, or answered no before it is asked, whatever it is called (staged payments, revised dates, an arrangement); not a condition of the next step, nor none outstanding", () => {
  it.each([
    ['There will be no staged payments and no revised dates; the full balance is due on Friday.', 'coercion'],
    ['The answer to any request for an arrangement is no.', 'coercion'],
    ['There can be no deferral and no payment plan on this account.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'If there is no payment or arrangement by the 30th, we will refer the account to Northgate Collections on 2 July.',
    'There are no instalments outstanding under the plan you agreed in March.',
    'There will be no further charges while the instalments are kept to.',
  ])('fair: %s', clean);
});

describe("478. corpus-fresh106's harmful kinds, after its measurement: a reference given only once the debt is paid, or refused until then; support for the customer's application given gladly on payment, an objection lodged otherwise; the customer entered on a shared register with its debt", () => {
  it.each([
    ['We will give your new landlord a warm reference once invoice 3318 has been paid.', 'coercion'],
    ["Until it is settled, we won't vouch for Harbour Fitouts to anyone who asks.", 'coercion'],
    ["The planning consultation for your extension closes on 9 May. If the balance is cleared by then, I'll gladly write in support.", 'coercion'],
    ['We are neighbours on the estate and have seen your planning application; we will lodge an objection to it.', 'coercion'],
    ['Unless the account is cleared by Friday, Moorside Deli will be added to the members\' register along with the amount owed.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Please send the reference form and we will complete it when we receive it.',
    'Until then we cannot recommend the sealant for outdoor joints.',
    'If the creditors approve the proposal at the meeting, we will lodge an objection to the supervisor\'s fees.',
    'Your company will be added to our mailing list, with the balance shown on each monthly statement.',
  ])('fair: %s', clean);
});

describe("479. A sentence the writer takes back in the next one, for the tone model as for the wording rules: a step denied right after it ('I won't be doing that', 'I want to be clear that we won't …'); not a denial held open ('yet', 'for now') or set on a condition", () => {
  it.each([
    'Most joinery firms in the county are in one WhatsApp group, and some use it to warn each other about slow payers. I won\'t be doing that.',
    'Our Facebook page has nine thousand followers, plenty of them your own customers. I want to be clear that we will not be posting about this invoice.',
  ])('fair: %s', clean);
  it.each([
    ['Some people post the names of slow payers in the trade group. I am not going to do that yet.', 'publicity'],
    ['Some people post the names of slow payers in the trade group. I am not going to do that for now.', 'publicity'],
    ['Some people post the names of slow payers in the trade group. I am not going to do that if you pay by Friday.', 'publicity'],
  ])('flagged: %s', flags);
});

describe("480. corpus-fresh105's harmful kinds, after its measurement: someone's size or powers of persuasion named in a letter about a debt; the disputed thing itself (timesheets, hours, defects, the issues raised) looked at only once the invoice is paid in full", () => {
  it.each([
    ["My cousin Dean has offered to drop by your site for a chat. He's a hefty fella, is Dean.", 'coercion'],
    ['I have some very persuasive friends who would be glad to help me collect.', 'coercion'],
    ['We will go through the measurements with you once the invoice has been paid in full, and not before.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'The crane will lift the two big units onto the roof on Monday.',
    'Our rep is a very persuasive man, and he will call you on Tuesday about the new range.',
    'We will discuss new credit terms once the invoice has been paid in full.',
    'Once the invoice has been paid in full, we will review the hours for next month\'s rota with you.',
    'We will review the rates for next year once the current invoice has been paid in full.',
  ])('fair: %s', clean);
});

describe("481. A creditor's own team posing as an agency: a letter that speaks of its client and says the sender is a trading name, brand or team of the company it names as client or payee (own-agency)", () => {
  it.each([
    ['Our client: Harrow Timber Ltd. We have been instructed to recover invoice 5521. Payment to Harrow Timber Ltd. Westgate Recoveries is a trading style of Harrow Timber Ltd.', 'own-agency'],
    ['Re: our client Fenwick Catering Supplies Ltd. We act for our client in this matter. This agency is operated by the credit control team of Fenwick Catering Supplies Ltd.', 'own-agency'],
  ])('flagged: %s', flags);
  it.each([
    'We act for our client, Harrow Timber Ltd, who has instructed us to recover invoice 5521. Westgate Recoveries is a trading name of Westgate Holdings Ltd.',
    'We act for our client, Harrow Timber Ltd. Apex Recoveries is a trading name of Apex Ltd, registered in England.',
    'This letter comes from the credit control team of Harrow Timber Ltd. Please contact this office to pay invoice 5521.',
    'Our client: Harrow Timber Ltd. Redwater Credit Services is a trading name of RWS Ltd.',
    // A review's kinds (§481's rule tightened): a creditor's own "client services", a customer of long standing, a law
    // firm's own LLP, the client's own trading name, the sender's own legal entity.
    'Please call our client services team with any query. This reminder comes from the accounts team of Harrow Timber Ltd; please pay Harrow Timber Ltd by 3 May.',
    'You have been our client since 2016. This letter comes from the credit team of Harrow Timber Ltd. Payment to Harrow Timber Ltd, please.',
    'We act for our client, Harrow Timber Ltd. Pay Harrow Timber Ltd directly. Quill Rowe is a trading name of Quill Rowe LLP.',
    'We act for our client, Westgate Supplies (a trading name of Harrow Joinery Ltd). Please pay Harrow Joinery Ltd directly.',
    'Our client: Moorgate Ltd. Moorgate is a trading name of Moorgate Ltd; payment to Moorgate Ltd.',
  ])('fair: %s', clean);
});

describe("482. A review of §478-§480, mended by kind: a reference given for the customer (not a payment's reference), the customer recommended (not advice); support and objections to the outside decision itself, no objection denied; a register or list others read; a man's size, not a depot's; the disputed thing refused until paid 'and not before'; a retraction limited in time or person, or with something else in its place, retracts nothing", () => {
  it.each([
    'Please quote the reference so the payment is allocated once it is cleared.',
    'In the meantime, we cannot recommend you rely on the old remittance address, which closes on 30 June.',
    'We have seen your planning permission for the new unit. We will not be lodging an objection to it, whatever happens with this invoice.',
    'You will be added to the payment plan with the balance spread over three months.',
    'They are a big unit with sixty staff, so please book deliveries through the gatehouse.',
    'We will talk about the late payment charges once payment in full has been received; they may well be waived.',
    "Some people post the names of slow payers in the trade group. I won't be doing that; it would only make things worse for everyone.",
    "Some people post the names of slow payers in the trade group. I'm not going to do that, yet we do need a date from you.",
    'Some people post the names of slow payers in the trade group. We would never do that, even if the invoice stays unpaid.',
  ])('fair: %s', clean);
  it.each([
    ['Some people post the names of slow payers in the trade group. I am not going to do that for the time being.', 'publicity'],
    ['Some people post the names of slow payers in the trade group. We are not going to do that at this stage.', 'publicity'],
    ['Some people post the names of slow payers in the trade group. We will not be doing that; we will be doing something far more effective.', 'publicity'],
    ['Some people post the names of slow payers in the trade group. I promise you that we will not be changing our minds.', 'publicity'],
  ])('flagged: %s', flags);
});

describe("483. corpus-fresh107's fair messages flagged when measured, by kind: the time a forwarded message says it was sent, with its date or under a phone's signature, is its header, not contact at unsocial hours; a log of late messages still is", () => {
  it.each([
    'Sent: Thu 12 Mar 23:15\n\nHi Priya, invoice 7731 is still open. Can you pay it by Friday? Thanks.',
    'Sent: Fri 6/3 6:40\n\nMorning Ben, just a reminder that invoice 2209 is due today.',
    'Sent from my iPhone, Tue 10 Mar 22:47\n\nInvoice 551 attached again, due Friday. Cheers.',
  ])('fair: %s', clean);
  it.each([
    ['Sent Monday at 23:10 and again Tuesday at 23:40, and we will keep texting your mobile until it is paid.', 'frequency'],
    ['Sent you a text at 11.45pm and another at 5.30am about invoice 2209.', 'frequency'],
  ])('flagged: %s', flags);
});

describe("484. corpus-fresh108's fair letter flagged when measured: a negation reaches a verb coordinated after a comma even when the tagger reads the verb as a noun ('any banner or notice at your premises, or contact your workers')", () => {
  it.each([
    'We confirm that we will not put up any banner or notice at your premises, or contact your workers, customers or bankers about this account.',
    'We will never put a sign or a notice on your gate, or contact your tenants about the invoice.',
  ])('fair: %s', clean);
  it.each([
    ['We will put up a banner at your premises, or contact your workers about this account.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('485. in a message, a run of exclamation marks in a sentence that greets someone or reassures is warmth, as after thanks; the next sentence of the same message still shouts', () => {
  it.each([
    'morning Owen!! so invoice LC-2024-118 is still showing unpaid our side, £4,800, due 31 Jan.',
    'Hi all!! Invoice 2209 is now ten days overdue; please could someone in accounts look at it.',
    'Good morning!! Just checking invoice 551 is in this week’s payment run.',
    'no hard feelings!! just let me know by Friday and I will put it in an email.',
    'No rush at all!! The new date of 14 March works for us.',
  ])('fair: %s', clean);
  it.each([
    ['Morning Owen!! Pay the £4,800 today!!', 'shouting'],
    ['Pay the invoice by tomorrow morning!!', 'shouting'],
    ['No more excuses!! This is overdue.', 'shouting'],
  ])('flagged: %s', flags);
});

describe("486. corpus-fresh109's misses by kind: an amount charged for each reminder with no fee named; a monthly rate in a letter that names the late-payment statute, whose rate is yearly; a gift for the failing itself (“hired for her ability to lose paperwork”); someone “capable of” a skill anyone has, with no “who”", () => {
  it.each([
    ['We are entitled to £40 for every reminder we send, so £120 to date.', 'misleading'],
    ['Under Directive 2011/7/EU on late payment, interest now runs at 6% per month from the due date.', 'misleading'],
    ['We claim compensation under the Late Payment of Commercial Debts (Interest) Act 1998. Interest is added at 5% monthly.', 'misleading'],
    ['Your bookkeeper, hired I assume for his talent for mislaying invoices, has lost it again.', 'abuse'],
    ['Is there someone in your office capable of opening an envelope?', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'Interest under clause 9 runs at 2% per month; we also claim £40 compensation under the Late Payment of Commercial Debts (Interest) Act 1998.',
    'We claim £40 for each invoice under the Late Payment of Commercial Debts (Interest) Act 1998, as the Act allows.',
    'Under the Late Payment Act we may charge 8% a year over base rate; our contract allows 1.5% per month instead.',
    'Our new system improves our ability to avoid duplicate payments.',
    'Is there someone in your team capable of reading the contract in Spanish?',
  ])('fair: %s', clean);
});

describe("487. corpus-fresh110's fair letters flagged when measured, by kind: the court's officers and papers explained as what follows a judgment or decree, named as a time (“after any decree”), as the leave they need (“only with the court's authority”), or as what a judgment is “followed by”", () => {
  it.each([
    'After any decree, sheriff officers would have to serve a charge for payment, giving 14 days to pay, before any goods could be attached.',
    "Sheriff officers could only arrest funds in your bank account with the court's authority, normally after a decree that had gone unpaid.",
    "Nothing can be seized without a court's authority, normally a judgment followed by a registered writ of enforcement.",
    'Following a judgment, the court may issue a warrant of control if the judgment is not paid.',
  ])('fair: %s', clean);
  it.each([
    ['Sheriff officers will arrest the funds in your bank account on Monday.', 'threats'],
    ['A writ has been issued against your company and will be served on Friday.', 'false-authority'],
    ['Our enforcement officers will attend your yard on Monday to take the trucks.', 'threats'],
  ])('flagged: %s', flags);
});

describe("488. corpus-fresh109's and -110's misses by kind: a list of slow payers in one hyphenated word; others told to think again before giving the customer credit; the sender's people knowing which vehicle is the customer's; tools for a lock someone has; goods called the sender's lifted from the customer's racks where the letter says no term keeps title; a vehicle kept at the customer's door with a sign", () => {
  it.each([
    ['Effective today, your company has been added to the Midlands slow-pay list that goes to every merchant in the county.', 'publicity'],
    ['Anyone still giving Harbour Foods credit should think again; pass this on to their other suppliers.', 'publicity'],
    ['A couple of the lads on my crew know which truck is yours at the Leeds site.', 'threats'],
    ['If the shutter is locked when we arrive, our fitter has an angle grinder in the van.', 'threats'],
    ['Nothing in our terms gives us title to the timber once delivered, but our lorry will be at your site on Monday to lift whatever of our joists are still on your pallets.', 'threats'],
    ['From Monday our van will be waiting across the road from your café every morning with a banner in the window: Harbour Café owes Bay Bakery £2,400.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Please confirm the order for twelve bolt croppers and six padlocks for your Leeds depot.',
    'We supplied the steel outright, with no retention of title. Our driver will collect our empty pallets from your yard on Monday, as agreed.',
    'Our slow-pay process is simple: a reminder at 7 days, a call at 14 and a letter before claim at 30.',
    'Anyone giving new customers credit should take references first; we ask for two trade references with every application.',
    'Our fitter will be waiting outside your shop on Tuesday with the new sign for the fascia.',
  ])('fair: %s', clean);
});

describe("489. corpus-fresh110's misses by kind: a lien said to reach the customer's other property; a yearly rate of 15 % or more said to be the late-payment statute's in a sentence after the one naming it; the parties labelled as a judgment names them (“Judgment debtor:”) state no judgment", () => {
  it.each([
    ['We have recorded our mechanics lien on the Garnet Avenue job. It also attaches to your trucks, your equipment and your bank accounts.', 'misleading'],
    ['Our lien extends to every vehicle your company owns.', 'misleading'],
    ['The Late Payment of Commercial Debts (Interest) Act 1998 applies to this account. It entitles us to interest at 18% a year from the invoice date.', 'misleading'],
    ['NOTICE OF LEVY\n\nJudgment debtor: Valley Oak Vineyard Management LLC\n\nYour deposit account will be levied on 15 August unless the amount is paid in full.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'A mechanics lien attaches only to the property improved, not to your trucks or your bank accounts.',
    'We have recorded a mechanics lien on 2270 Garnet Avenue under the California Civil Code. It applies to that property only.',
    'We claim £40 under the Late Payment of Commercial Debts (Interest) Act 1998. Our terms entitle us to interest at 18% a year.',
    'Statutory interest under the Late Payment Act runs at 12.75% a year (8% over the base rate of 4.75%).',
  ])('fair: %s', clean);
});

describe("490. corpus-fresh109's and -110's fair letters flagged when measured, by kind: a third party's name as the first word of a function of the customer's own (“your supplier payments manager”); the customer's own solicitors; an insolvency claim put with the liquidator who brings it", () => {
  it.each([
    'If it is not paid by 4 September, we will escalate it in writing to your supplier payments manager.',
    'We will write to your customer service team about the missing purchase order.',
    'Your solicitors have asked us to consent to the assignment of the licence; we will sign it this week.',
    'The demand does not make you personally liable; insolvent trading claims are for a liquidator.',
  ])('fair: %s', clean);
  it.each([
    ['If it is not paid by 4 September, we will write to your suppliers about it.', 'publicity'],
    ['We will copy this letter to your bank relationship manager.', 'publicity'],
    ['Our solicitors have been instructed and will issue proceedings.', 'false-authority'],
    ['You are guilty of insolvent trading and we will report it.', 'misleading'],
  ])('flagged: %s', flags);
});

describe("491. corpus-fresh109's misses by kind: the sender's part in an insurer's renewal or a planning consultation hung on the payment, by where the account stands, by the sender's mood once paid, or by nothing left to say once paid", () => {
  it.each([
    ['Your insurer will be renewing the block policy next month and will ask me about the roof. What I say will depend on where we are with invoice 5521.', 'coercion'],
    ['Your application for the new shopfront is out for consultation. Funny how much calmer I feel about the signage once invoices are settled.', 'coercion'],
    ['I had meant to write to the planners about your extension. Pay the £2,400 by Friday and I expect I will have nothing to say to the council.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Your planning application for the extension is out for consultation. I have nothing to say to the council about it; good luck with it.',
    'Your insurer will be renewing the policy next month. Whether we can attend the survey will depend on where we are with the scaffold booking.',
    'Your insurer asked us for the completion certificate, which we sent on 3 May. Invoice 5521 remains due by 20 May.',
  ])('fair: %s', clean);
});

describe("492. a fresh review's probes of §485-§491, mended by kind: a greeting warms only the marks right after it; tools only under a condition that the place is locked; a question about which vehicle is whose; a gift for failings only; a sum, not a count, per reminder; a lien's reach limited; a judgment held with its date", () => {
  it.each([
    ['Hi Sam, this is 60 days overdue and you need to pay it today!!!', 'shouting'],
    ["Don't bother locking the gate, I've got bolt cutters in the ute.", 'threats'],
    ['Your clerk, hired I assume for her remarkable talent for misplacing invoices, has lost it again.', 'abuse'],
    ['A further £40 will be added with each reminder we send.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Your order of 20 padlocks shipped on 4 March with the angle grinder, both on invoice 7712.',
    'The locksmith brings bolt cutters for the old padlock on your bin store, as you requested.',
    'Could you let us know which truck is yours so the delivery can go straight onto it?',
    'Our new portal will improve your ability to avoid late charges.',
    'Reminders go out on day 7, day 14 and day 30, one for each reminder stage.',
    "Our repairer's lien applies only to the forklift we repaired, which stays in our workshop until invoice 3310 is paid.",
    'Judgment debtor: Ferris Ltd. We hold a CCJ dated 2 April 2026 and have instructed High Court Enforcement Officers under a writ of control.',
    'As you asked, our engineer will collect our test meter from your plant room on Friday.',
  ])('fair: %s', clean);
});

describe("493. the dev sets' fair letters by kind: a landlord's enforcement agent under “the” Commercial Rent Arrears Recovery procedure; a statutory demand served by sheriff officers, as Scots law serves it", () => {
  it.each([
    'If it is not paid by 31 October, the landlord may instruct a certificated enforcement agent under the Commercial Rent Arrears Recovery procedure, who must give you 7 clear days’ notice.',
    "On our client's instructions, sheriff officers will serve the enclosed statutory demand on your company's registered office this week.",
  ])('fair: %s', clean);
  it.each([
    ['Sheriff officers will serve a charge for payment and then attach your goods next week.', 'threats'],
    ['Our sheriff officers will seize your vans on Monday.', 'threats'],
  ])('flagged: %s', flags);
});

describe("494. corpus-fresh111's misses by kind, harm in courteous words: someone told by the sender put as a regret (“it would be regrettable if HMRC were to hear of them from us rather than from you”); a duty to tell the customer's bank; the customer's users written to about the unpaid bill; goods picked to the value of the debt; calling on the director at home; the directors sent to their own resources or home; the lowest bar (“even your accounts department can follow”); whether it ought to be trading at all", () => {
  it.each([
    ['It would be unfortunate if your main contractor were to learn from us, rather than from you, that our fees remain unpaid.', 'publicity'],
    ['Should the balance remain outstanding, we would consider it our duty to raise our concerns with your bank.', 'publicity'],
    ['On 1 September we will email each of your 80 named users to explain that access ended because their employer has not paid its subscription.', 'publicity'],
    ['In the event that payment is not received, we shall arrange for equipment to the value of the outstanding balance to be removed.', 'threats'],
    ['Our director will be in Leeds on Friday and would be pleased to call on you at home.', 'threats'],
    ['We would suggest that the directors look to their personal savings to fund the balance.', 'coercion'],
    ['I enclose a calendar in the hope that even your finance team can follow it.', 'abuse'],
    ['A company that cannot pay a licence in one sum might ask itself whether it ought to be trading at all.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'It would be regrettable if your customers were to hear of the recall from the press rather than from you, so we have drafted a notice for you.',
    'We will email all users on 1 September to explain that the new portal replaces the old one.',
    'We hold stock to the value of £12,000 for your spring orders in our Leeds warehouse.',
    'Our engineer can call on you at the Leeds office on Friday to fit the new meter.',
    'Your data stays available for 90 days after the subscription ends, and you can export it at any time.',
    'We write on behalf of our client, Rookwood Nurseries LLP, about the following unpaid invoices.',
  ])('fair: %s', clean);
});

describe("495. corpus-fresh112's misses by kind: the customer's name and details said to go into a trade group, and a defaulters' circular; papers or renewals that might “get stuck” where the sender has friends in the offices; others sent to ask what happens to people who cross the sender; whatever else is there taken to make up the debt, no court needed; the sender's people disowned in advance", () => {
  it.each([
    ['If the transfer is not received by Saturday, your firm name and photo will go in the market traders’ alert group.', 'publicity'],
    ['I will pass your details to the association office for their monthly defaulters circular.', 'publicity'],
    ['Our partner has good friends in the right departments. It would be a pity if your visa renewals got stuck this year.', 'coercion'],
    ['You can ask around the market what happens to people who take us for granted.', 'coercion'],
    ['If the money is not in by Friday we will take the cameras down and load whatever else on the premises covers it. I do not need a court to tell me what is mine.', 'threats'],
    ['Our collectors are not gentle with shutters, and we cannot always answer for what they do after closing time.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Please send the default notice to our registered office; the contract gives 14 days to remedy.',
    'Our contacts at the council confirm your planning application is on the agenda for March.',
    'Your name and photo will go in the members’ directory once your trade account is approved.',
    'We will collect whatever you have left of the hired scaffold on Monday, as agreed.',
  ])('fair: %s', clean);
});

describe("496. corpus-fresh112's fair letters flagged when measured, by kind: a complaint under a statute that makes a dishonoured cheque an offence; what has hit the customer hard, whatever it was; someone sent to look at a problem the customer raises, or to pull samples", () => {
  it.each([
    'If the dishonoured cheque is not paid by 30 June, we intend to lodge a complaint with the police under section 489-F of the Pakistan Penal Code.',
    'Please note that if payment is not made within 15 days, my client may file a complaint before the Magistrate under section 138 of the Negotiable Instruments Act.',
    'I know load-shedding and the port backlog have hit you hard, but we cannot carry R50,000 a month.',
    "If there is a problem with the goods, tell me and I'll send someone to your kitchen.",
    'Our print supervisor will visit your Noida warehouse on 12 September to pull samples and compare them with the signed proof.',
  ])('fair: %s', clean);
  it.each([
    ['Your returned cheque is cheque fraud and we will call the police.', 'threats'],
    ['We will lodge a complaint with the police over your unpaid invoices on Monday.', 'threats'],
    ['Our men will visit your yard to inspect the damage and take the trucks.', 'threats'],
    ['We will hit you hard if this is not paid.', 'threats'],
  ])('flagged: %s', flags);
});

describe("497. a second fresh review's probes of §493-§496, mended by kind: the landlord named for rent recovery; no court needed only to say what is the sender's; goods to the value of the debt only when taken; whatever else only when it covers the debt; a visit at home only as the sender's wish; the lowest bar only among people; the customer as the one who would hear; a duty to tell the customer", () => {
  it.each([
    'We don’t need a court to tell us the invoice was wrong: you were right, and a credit note is attached.',
    'We will issue a credit note for goods to the value of the outstanding balance once they are back in our warehouse.',
    'Our cleaners will remove whatever else is on the premises after handover, as quoted.',
    'Our engineer will call on you at home to install the router, as you requested.',
    'I trust that even your overseas office can follow the payment link, as it works in any currency.',
    'Directors must consider whether the company should be trading at all once it is insolvent; please speak to an insolvency practitioner.',
    'It would be unfortunate if you were to find out from our automated reminder that the direct debit failed, so I am telling you now.',
    'We feel it our duty to tell you that our bank details have not changed.',
    'As your landlord, we may instruct a certificated enforcement agent under the Commercial Rent Arrears Recovery procedure if the rent remains unpaid.',
  ])('fair: %s', clean);
  it.each([
    ['Although we are only your supplier, our bailiffs will attend under the Commercial Rent Arrears Recovery procedure next Tuesday and remove the printers.', 'threats'],
    ['Equipment to the value of the outstanding balance will be removed from your site on Friday.', 'threats'],
    ['Our collectors are not gentle, and we cannot answer for what they do after dark.', 'threats'],
    ['We will lodge a complaint with the police over your unpaid invoices on Monday.', 'threats'],
  ])('flagged: %s', flags);
});

describe("498. a statutory yearly rate of 15 % to 20 % is read only where the UK Act or the Directive is named: some American prompt-payment statutes give 1.5 % a month", () => {
  it.each(['Under the Texas Prompt Payment Act, statutory interest runs at 18% a year on the unpaid balance.'])('fair: %s', clean);
  it.each([
    ['We claim under the Late Payment of Commercial Debts (Interest) Act 1998: statutory interest at 18% a year for 40 days, £82.', 'misleading'],
  ])('flagged: %s', flags);
});

describe("499. the tone model does not weigh the writer's report of being put off each time it asks (lexicon put-off): it learned “every time” from promises of repeated contact, and this is the writer's past", () => {
  it.each([
    "I've emailed it three times and every time I ring I'm told it's going in the next payment run.",
    "It's been eleven weeks, and every time I call I'm told you're in a meeting or on site.",
    'Each time I call, I am told the director is out and will ring back.',
  ])('fair: %s', clean);
  it.each([
    ['Every time I call you hang up, so I will keep calling every hour.', 'frequency'],
    ["Every time I ring I'm told you're out, so from Monday I'll ring your mobile every morning and evening until it's paid.", 'frequency'],
  ])('flagged: %s', flags);
});

describe("500. corpus-fresh113's misses by kind: every one of a crowd of the sender's kind disowned; the sender's people pictured aggrieved by the customer; the customer's family seen where they go each day; misfortune raised by denying it is meant; enmity set against the debt as a proverb", () => {
  it.each([
    ['Roofing is full of blokes who know a warehouse roof at night, and I cannot answer for every one of them.', 'threats'],
    ['Just picture our drivers feeling they have been taken for a ride by your firm.', 'threats'],
    ['I spotted your kids outside the school on Monday with their nan.', 'threats'],
    ["I'm not suggesting that something bad is going to happen.", 'threats'],
    ["In this town it's smarter to stay friendly than to have problems, if you follow me.", 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Our fitters are subcontractors, and I cannot be responsible for them if the drawings change without notice.',
    'Imagine our team feeling let down after all the weekend work they put in on your fit-out.',
    "I'm not saying anything will happen to the price before January, but the mill has warned us.",
    "It's better to be friends than enemies, so let's agree a plan that suits us both.",
  ])('fair: %s', clean);
});

describe("501. corpus-fresh113's fair letters flagged when measured, by kind: a power denied to a third party reaches every verb its negation joins with “or”; daily contact the letter reports as past", () => {
  it.each([
    'A collection agency can contact you and negotiate; it cannot garnish or seize anything without a court judgment.',
    'An enforcement agent may not force entry or seize goods that belong to someone else.',
    'You told me on the phone that the daily reminders were going to your bookkeeper as well, so I have switched them off.',
  ])('fair: %s', clean);
  it.each([
    ['You cannot hide or stop us seizing your vans.', 'threats'],
    ['The bailiffs cannot be stopped or prevented from seizing your goods on Friday.', 'threats'],
    ['We will be calling you daily until this is paid.', 'frequency'],
  ])('flagged: %s', flags);
});

describe("502. corpus-fresh114's misses by kind: equipment failure with its cause left a mystery, or a pity to see, where the sender's own work gives it access (lexicon sender-access); the court's people in everyday words; the sender's message passed off as an authority's notice, or said to carry a court's force; a law student as the legal team; the customer's home demanded as security; the trade shut by the sender's word, or the customer struck from others' supplier lists; an uncle in Afrikaans", () => {
  it.each([
    ["I'm booked to service your espresso machines on Monday. Those old units can pack up for no reason at all the week after a visit, usually on a Saturday.", 'threats'],
    ['I wired every inch of the alarm in that shop. Be a long night if it tripped at 2 am and no one could work out why.', 'threats'],
    ['Next thing will be a bloke from the courthouse turning up at your yard for the trailers.', 'threats'],
    ['Treat this letter as a formal notice from the tribunal: pay within seven days.', 'false-authority'],
    ['This demand carries the same legal force as a court judgment.', 'false-authority'],
    ['Our legal team is my daughter, who is a law student, and she has the papers ready.', 'false-authority'],
    ['We need you to pledge the family home as security against the balance before we talk.', 'coercion'],
    ['Nobody round here will supply you once I have had a word.', 'threats'],
    ['We will make sure your firm is struck off the council’s approved contractor list.', 'threats'],
    ['My oom works at the sheriff’s office and will come round on Monday.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Older boilers can fail for no reason at all, so we recommend an annual service.',
    'Friday would be a bad day to lose the power, so we will do the switchover on Monday morning.',
    'You signed a personal guarantee when you opened the account, putting your home up as security.',
    'We will remove your company from our approved supplier list at the end of the contract, as you asked.',
    'My brother, a law student, helped me check the figures.',
  ])('fair: %s', clean);
});

describe("503. corpus-fresh114's fair letters flagged when measured, by kind: a report of being put off, told by the customer's office or one person after another (lexicon put-off); the customer's own call, its subject between the sender and the verb; “so you know what that means”, an explanation to follow", () => {
  it.each([
    'Mandy in your office says it is "with the boss" every time I ring.',
    "I've had Dean tell me it was paid and Craig tell me it was in the run.",
    'I did the repair the same day you phoned because your tenants had no heating.',
    "Just so you know what that means: they'll write and phone, and that's it.",
  ])('fair: %s', clean);
  it.each([
    ['If you do not pay by Friday, well, you know what that means.', 'coercion'],
    ['I rang your landlord the same day to tell him you owe us £4,000.', 'publicity'],
  ])('flagged: %s', flags);
});

describe("504. a fresh review's probes of §500-§503, mended by kind: an officer's power denied when the officers are the subject (“bailiffs may not enter …”), a court's warrant supposed; officers to “be there”; a pity to see the customer's equipment stop; failure “without warning”; what the sender's people get up to, or their taking it personally; the family at their routine; the sender as an enemy; harm to the family denied while raised; the customer taken off others' approved lists, or shut out of every merchant around; a message called an authority's notice; a charge over the home demanded, or its deeds signed over", () => {
  it.each([
    'Bailiffs may not enter your premises or remove goods unless a court has issued a warrant.',
    'The bailiffs may not enter your premises without a court order.',
    'Enforcement agents cannot force entry to a home to take goods.',
    'I would hate to see our relationship break down over one invoice.',
    'It is better to be friends than enemies, so let us agree a plan.',
    'You were removed from the approved supplier list at your own request last spring.',
  ])('fair: %s', clean);
  it.each([
    ['The bailiffs may not wait much longer.', 'threats'],
    ['Bailiffs cannot be stopped once they are instructed.', 'threats'],
    ['The bailiff will be there on Friday for the boat unless you pay.', 'threats'],
    ['We still have remote access to your alarm system, and these things can go offline without warning.', 'threats'],
    ['Half the fitters on my books know your address, and I do not control what they get up to after hours.', 'threats'],
    ['If this drags on, my blokes will start taking it personally.', 'threats'],
    ['Your little one looks smart in that uniform at drop-off.', 'threats'],
    ["It's cheaper to pay me than to have me as an enemy.", 'threats'],
    ["I'm sure nothing bad will happen to your family, but pay by Friday.", 'threats'],
    ["We've asked two wholesalers to take you off their approved supplier lists.", 'threats'],
    ["Once I've put the word out, you'll not get a bag of cement from any merchant in the county.", 'threats'],
    ["This SMS is an official notice from the Magistrates' Court. Pay now.", 'false-authority'],
    ['I want a charge over your residence by Friday, or we escalate.', 'coercion'],
    ["Sign the deeds of your house over to us and we'll hold off.", 'coercion'],
  ])('flagged: %s', flags);
});

describe("505. corpus-fresh115's misses by kind (harm in organisations' boilerplate): a copy of the demand sent round those the customer works under; notice of the debt published, or posted at the site; one of the customer's people recorded as answerable for the company's debt, or a personal account bound to it; credit owed, or supply, held for a new order; disputed charges looked at only once paid, payment taken only as a release; the customer's word called a lie; a judgment from a portal; the stay said to protect only secured lenders; a claim said to be issued that the letter says is yet to begin; trouble for those who take the sender lightly", () => {
  it.each([
    ['Please note that a copy of this statement will be forwarded to the head contractor on the Riverside site.', 'publicity'],
    ['Our client intends to publish notice of your default in the regional trade gazette.', 'publicity'],
    ['A sign stating that this unit has unpaid debts will be displayed on the site fence from Monday.', 'publicity'],
    ['We have recorded Mr. Osei as the person responsible for the default, and his name will be added as a defendant to any claim.', 'coercion'],
    ['The household electricity account of your director has been merged with the company account.', 'coercion'],
    ['The rebate already owed to you for the returned pallets will be credited only after full payment is received.', 'coercion'],
    ['Deliveries on your other account will restart only if you place a minimum order for our new flooring range.', 'coercion'],
    ['We will not review the disputed charges until the full balance, including the disputed amount, is paid.', 'coercion'],
    ['Any cheque you send will be accepted only on condition that you waive all claims against us.', 'coercion'],
    ['Your explanation, like your earlier promises, is a lie.', 'abuse'],
    ['A judgment has been issued against you by our Collections Resolution Portal.', 'false-authority'],
    ['Your company filed under Chapter 11 on 28 June. Trade creditors like us remain free to pursue unpaid invoices.', 'misleading'],
    ['Clients who take us lightly usually find that things become very difficult.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'A copy of this letter has been sent to our credit insurer, as our policy requires.',
    'Our accounts system has a long memory, so please keep your remittance advice.',
    'Once the credit note is issued, deliveries will resume as normal.',
    'We will review your complaint and reply within 14 days; the disputed amount is on hold.',
    'The automatic stay applies to all creditors, including us, so we have stopped collection.',
    'If payment is not received, we have instructions to issue proceedings against you in the Circuit Court.',
    'Only after a judgment could an execution order be lodged with the sheriff, and no such step has been taken.',
  ])('fair: %s', clean);
});

describe("506. a fresh review's probes of §505, mended by kind (lexicons site-parties, employee-role): those the customer works beside told, copied or sent a copy in any order; a notice affixed to the gate, an advertisement naming the customer; one of the customer's employees held personally accountable, named a defendant, listed as liable, looked to personally; a household account held, charged or linked for the company's debt; money owed to the customer held whatever it is called; an account reopened only with a new commitment; payment taken as settlement of the customer's claims; the customer's word called dishonest in formal words; a platform's ruling; trouble for those who cross the sender, who never forgets a bad debt", () => {
  it.each([
    ['The owners corporation for your building will be sent a copy of this demand.', 'publicity'],
    ['Our driver will post a copy of the unpaid notice on the door of your workshop.', 'publicity'],
    ['An advert naming your company will appear in Saturday’s paper.', 'publicity'],
    ['Your bookkeeper, Ms Ruiz, will be held personally accountable for the company’s failure to pay.', 'coercion'],
    ['We will name your office manager as a co-defendant in our claim.', 'coercion'],
    ['Your director’s private account with us has been placed on hold until the company’s arrears are cleared.', 'coercion'],
    ['Your refund for the damaged tiles will be held until every open invoice is paid.', 'coercion'],
    ['To reopen your account you must commit to a minimum monthly order of 500 units.', 'coercion'],
    ['Payment of this balance will constitute full and final settlement of any claims you may have against us.', 'coercion'],
    ['It is clear that you have been dishonest with our staff about this payment.', 'abuse'],
    ['Given your record, nothing your office says can be relied upon.', 'abuse'],
    ['Our online recovery portal has issued a default ruling in our favour.', 'false-authority'],
    ['Those who underestimate us tend to come to grief.', 'coercion'],
    ['We never forget a bad debt.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'A copy of this invoice goes to the main contractor, who pays us directly under the tripartite agreement.',
    'Deliveries will resume as soon as the overdue balance is paid; new orders will be cash on delivery.',
    'Your statement that the goods were faulty was untrue: the photographs show them intact on delivery.',
    'Please confirm the dispute in writing with your site manager’s signature.',
    'On your application, the County Court has made an interim third party debt order.',
  ])('fair: %s', clean);
});

describe("507. corpus-fresh116's misses by kind, after its blind measurement: the customer's routine asked after; the sender's people not the type to leave; a vehicle towed as the price of not paying; staff told who is to blame; a query treated as a refusal to pay; the contact the one held responsible; staff told to hire someone who can read; a supplier's lien said to bar the sale of land; fair, a call to the customer's own office, an invoice line put on hold, a tribunal's decision supposed", () => {
  it.each([
    ['My brother keeps asking me which nights you lock up on your own.', 'threats'],
    ["Two of our lads will wait at your stand, and they're not the type to go away empty-handed.", 'threats'],
    ["If the balance isn't cleared by Friday, we'll have your trailer towed from our yard.", 'threats'],
    ['We are writing to your drivers as well, so that they know who is to blame for the delay.', 'publicity'],
    ['Any further query on this invoice will be treated as a refusal to pay.', 'coercion'],
    ["You'll be the one we hold responsible if this isn't paid by Friday.", 'coercion'],
    ['You might consider hiring someone who can count.', 'abuse'],
    ['As an unpaid supplier we hold a lien over the farm, and it cannot be sold until we are paid.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'I spoke with your colleague on 14 May, who said the invoice was with accounts.',
    'We have put the banner line, £672.00, on hold while we check the packing list.',
    'If a decision in our favour were then filed in the Magistrates Court and remained unpaid, we could ask the court for an enforcement warrant.',
    'As agreed, we will have the old van towed to the scrapyard on Monday.',
  ])('fair: %s', clean);
});

describe('508. a full stop after a date\'s day, an amount under a thousand or an abbreviation ("July 15.", "£90.", "3 Feb.", "Ltd.") ends its sentence before a capitalised word: the English parser reads "15." as an ordinal and "Feb." as an abbreviation, and ran the next sentence on, so a phrase read across the two; a title or an initial ("Dr. Okafor", "J. Patel") still stands before its name', () => {
  it.each([
    'Invoice 2231 for your Brandon retail project, $33,420.00, was due on February 15. We sent a Notice to Owner on March 2.',
    'If the balance is not paid by April 18, we will refer the account to our attorneys, Harlow & Finch LLP, on April 21. They have told us they would file in the small claims court.',
    'We have not asked Maj. Brown to visit your house.',
  ])('fair: %s', clean);
  it.each([
    ['You said you would pay by the 15th, but nothing came by July 15. A County Court Judgment has been entered against you.', 'false-authority'],
    ['We will tell Dr. Okafor and your other customers that you do not pay your bills.', 'publicity'],
    ['We will tell J. Patel and your other suppliers that you do not pay your bills.', 'publicity'],
    ['Delivered to Harlow Foods Ltd. We will tell your bank on Monday that you have not paid.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('509. a word the English model tags a noun where only a verb can stand: after a modal, or a verb and "to", before its object ("will text you")', () => {
  it.each([
    ['Our team will text you in shifts until this is paid.', 'frequency'],
    ["We won't stop: we'll text your staff in relays until you pay.", 'frequency'],
  ])('flagged: %s', flags);
  it.each(['Please reply to text messages from our office within a day.', 'You can text us on the number below if that is easier.'])('fair: %s', clean);
});

describe("510. corpus-fresh139–144's misses by kind, after their blind measurement: the writer's own line to come (\"we will say: “…”\") is checked as the writer's, while others' lines stay quoted however modal (\"debt collectors might say: “…”\", advice to the reader, \"you can say: “…”\"); a person named by a compound (\"your farm manager\") mocked as too thick to read, not a material too thick to use", () => {
  it.each([
    ['When they stall again, we will say: "Are you always this incompetent?"', 'abuse'],
    ["If they ring again I'll tell them: \"Are you always this incompetent?\"", 'abuse'],
    ['I can only assume your farm manager is too thick to read a one-page invoice.', 'abuse'],
    ['Your accounts payable clerk is clearly too dim to follow a remittance advice.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'You must never say: "Are you always this incompetent?" to a customer, however frustrated you are.',
    'If our caller is rude, you can say: "You are a disgrace and I will report you."',
    'Debt collectors might say: "We will send the bailiffs round tonight." They cannot do this without a court order.',
    'No agent may tell you: "We will send the bailiffs round tonight."',
    'Your last lot of screed was too thick to pour, so we have credited it.',
    "Your site team's sealant was too thick to apply in the cold.",
  ])('fair: %s', clean);
});

describe('511. the main clause after a subordinate clause without its comma starts as if it had one, so its negation is read as the step\'s', () => {
  it('fair: an agency\'s limits explained, a lawsuit a decision not made', () => {
    clean('The agency will contact your accounts team by letter. They cannot take money from your accounts; only a court judgment would allow that, and any lawsuit would be a separate decision we have not made.');
  });
  it.each([
    ['Keeping goods you cannot pay for is theft.', 'threats'],
    ["If it isn't paid by Friday our lads will pay you a visit at your yard.", 'threats'],
  ])('flagged: %s', flags);
});

describe('512. prevention denied to the customer asserts the sender\'s step ("nobody can stop us coming", "you are not protected from us turning up"), not a denial of it', () => {
  it.each([
    ['You are not protected from us turning up at your house.', 'threats'],
    ['Nobody can stop us from coming to your house tonight.', 'threats'],
    ['In that case, nobody can stop us from coming to your house tonight.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Nothing will stop us from delivering your order on Monday.',
    'Nobody from our firm will come to your house.',
    'We will not stop you from telling your customers that the delivery is late.',
  ])('fair: %s', clean);
});

describe('513. prevention denied in a longer verb phrase ("will not be able to stop us", "will never stop us"): the exception is read anywhere in the negation\'s scope, so the sender\'s step goes ahead', () => {
  it.each([
    ['You will not be able to stop us coming to your house tonight.', 'threats'],
    ['Your part payment will not be able to stop us telling your customers.', 'publicity'],
    ['You will never stop us telling your customers.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We will not be telling your customers about the invoice.',
    'We will not be able to tell your customers anything, because the matter is confidential.',
  ])('fair: %s', clean);
});

describe('514. a visit or a meeting tells a third party, an observation does not: "see" by its present forms only ("we will see your bank manager", not "I saw your car in the market"), and a place is its people only as a whole ("the whole village", not "at the market")', () => {
  it.each([
    ['We will see your bank manager about this debt.', 'publicity'],
    ["I'll be seeing a few of your customers at the expo and will tell them about this debt.", 'publicity'],
    ['We will make sure the whole village hears that you do not pay.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'I saw your car in the market car park on Saturday.',
    "I have seen the photos of your new showroom on your page, and your client's post about it.",
    'I spoke to you at the market on Saturday about the invoice.',
    'Our reps have been told not to raise it with you at the market.',
  ])('fair: %s', clean);
});

describe('516. the customer as the one who tells ("how you inform your tenants is a matter for you", "if you could let your family know") is no threat of the sender\'s', () => {
  it.each([
    ['Unless you tell us by Friday, we will inform your bank.', 'publicity'],
    ['We will tell you and your bank manager about this debt.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Our officers will leave quietly, and how you inform your tenants is entirely a matter for you.',
    'We will not stop you telling your customers whatever you wish.',
    'We suggest you speak to your bank about a short-term facility.',
  ])('fair: %s', clean);
});

describe('517. a claim of proceedings only supposed: a match that runs on into a condition ends on a verb the condition supposes ("a judgment only happens if a claim is issued"), and "only" before the verb bounds the condition as "only if" does', () => {
  it.each([
    ['Judgment was only entered because you did not respond.', 'false-authority'],
    ['Proceedings have been issued unless you pay today.', 'false-authority'],
    ['A claim has been issued and judgment only follows if you ignore it.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'A County Court Judgment only happens if a claim is issued and you neither pay nor defend it.',
    'Judgment is only entered if the company does not respond to the claim.',
  ])('fair: %s', clean);
});

describe('518. the customer\'s things said to stay safe, and the customer the one who removes them: neither is a threat ("your equipment will remain where it is, secure", "a date that lets you remove your own tooling")', () => {
  it.each([
    ['Your vans might not stay safe in that yard.', 'threats'],
    ["Your vans won't stay safe in that yard for long.", 'threats'],
    ['Our recovery agents will come on Friday and remove your stock, so you can remove your own tools before then.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Power to your racks will continue, and your equipment will remain where it is, secure and untouched.',
    'Our recovery agents would then contact you to arrange collection of the lathe during your working hours, on a date that lets you remove your own tooling.',
  ])('fair: %s', clean);
});

describe('519. the writer\'s own earlier words admitted wrong after how the writer felt ("I was angry and up late and I shouldn\'t have written it"), and a judgment explained as coming "only after" a claim', () => {
  it('fair: a threat of the writer\'s own reported, then regretted in the next sentence after its feelings', () => {
    clean('In my email on Monday I said I would "make sure everyone knows" what Kestrel Events owes. I was angry and up late and I shouldn\'t have written it.');
    clean('I wrote that "it would be a great shame if an update went wrong the night before the launch". I was frustrated, and that was a careless thing to say.');
  });
  it('flagged: the same words with no regret, or a regret of something else', () => {
    flags('In my email on Monday I said I would "make sure everyone knows" what Kestrel Events owes. I was angry and I meant it.', 'publicity');
  });
  it.each([
    ['Judgment has been entered only after we waited three months.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'A County Court Judgment can be entered only after a claim has been issued, served on you and decided by the court.',
  ])('fair: %s', clean);
});

describe('520. contempt as the verdict of a verb of judging, the customer or its people its object ("we regard your team as incompetent", "we consider you dishonest")', () => {
  it.each([
    ['We have come to regard your accounts payable team as incompetent, and we address this letter to the directors for that reason.', 'abuse'],
    ['Frankly, we consider you dishonest.', 'abuse'],
    ['I found your accounts team useless on the phone.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'We found your team very helpful when we checked the delivery notes.',
    'We do not consider your staff incompetent; the portal error was ours.',
  ])('fair: %s', clean);
});

describe('521. contempt as a noun ("your incompetence", "incompetence or dishonesty in your finance office"), the asking called a waste ("don\'t waste a call asking for a payment plan"), this very notice put up at the customer\'s gate, and the Insolvency Service as authority', () => {
  it.each([
    ['We are tired of your incompetence.', 'abuse'],
    ['Is it incompetence or dishonesty in your finance office? At this point we have stopped caring which.', 'abuse'],
    ["PS Don't waste a call asking for a payment plan. The answer is no.", 'coercion'],
    ['A copy of this notice will be fixed to your depot gate at Brighouse.', 'publicity'],
    ['Acting under the authority of the Insolvency Service', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'We do not suggest any dishonesty on your part; the error was in our invoice.',
    'We apologise for our own incompetence in sending the wrong invoice.',
    'A copy of this letter has been attached to the delivery note.',
    'The Insolvency Service publishes guidance on statutory demands.',
    "Please don't waste your time waiting for the portal; email me instead.",
  ])('fair: %s', clean);
});

describe('522. the pace of contact kept up ("keep the same pace through the rest of this week"), the customer\'s premises kept shut until paid, and a sign made to announce the debt', () => {
  it.each([
    ['That is 19 calls in three days. We intend to keep the same pace through the rest of this week and next, across every number we have for you.', 'frequency'],
    ['Note for the team: keep this rate of calls going.', 'frequency'],
    ["The shutter comes down, and it stays down till you've paid every cent.", 'threats'],
    ['Each of your vans will carry a panel on the rear doors reading "THIS VEHICLE IS SUBJECT TO UNPAID LEASE PAYMENTS".', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'We will keep the same pace of deliveries until the new depot opens.',
    'We will keep this rate for the next twelve months.',
    'The site stays closed until the asbestos survey is cleared.',
    'Each van carries a panel on the rear doors reading "Kestrel Vehicle Leasing – fleet hire".',
  ])('fair: %s', clean);
});

describe('523. a government body copied in on the demand ("HMRC has also been copied on this letter")', () => {
  it.each([
    ['HMRC has also been copied on this letter, as your RTI submissions pass through our platform.', 'false-authority'],
    ['We have copied HMRC on this letter.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Our accountant has been copied on this letter.',
    'We have copied your finance director on this email, as you asked.',
  ])('fair: %s', clean);
});

describe('524. from a fresh review: a denial of stopping something else stays a denial, the customer made to tell is told by the sender, safety promised while the customer pays, a seizure beside the customer\'s leave, contempt the customer alleges, the sender\'s own door', () => {
  it.each([
    ['Our agent saw your landlord about the balance on Monday.', 'publicity'],
    ['Our team contacts your bank weekly about this account.', 'publicity'],
    ['We will make you tell your suppliers that you cannot pay your bills.', 'publicity'],
    ['We insist you inform your customers that you owe us money.', 'publicity'],
    ['A default judgment is only entered against you if you ignore this letter for 7 days.', 'false-authority'],
    ['Your vans will stay safe as long as this invoice is paid by Friday.', 'threats'],
    ['Our recovery agents will give your staff ten minutes to remove their coats, then take your stock.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We would never stop your supply, visit your home or tell your neighbours.',
    'We will not be stopping your account or coming to your house.',
    'We note your complaint alleging incompetence by our installation team and will reply within 14 days.',
    'We understand your frustration at our incompetence over the delivery dates.',
    'The warehouse door stays locked until the goods are paid for, as set out in clause 7 of our terms.',
    'Thanks for the update, it has been a hard week for everyone, but could you let me know when the payment run is?',
  ])('fair: %s', clean);
  it('flagged: a threat restated after an admission about something else', () => {
    flags('I said I would make sure everyone knows about your debt. Looking back, I was wrong to give you so long, and I will do it on Monday.', 'publicity');
  });
});

describe('525. prevention denied with "keep … from" asserts the sender\'s step ("you can\'t keep us from telling your suppliers")', () => {
  it.each([
    ["You can't keep us from telling your suppliers about this debt.", 'publicity'],
    ['You will not be able to keep us from coming to your house.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'We will not keep you from trading while the plan runs.',
    'We will not keep you waiting for the credit note.',
  ])('fair: %s', clean);
});

describe('526. prevention denied to anything the customer does asserts the sender\'s step ("nothing you do will stop us …")', () => {
  it.each([
    ['Nothing you do will stop us turning up at your home.', 'threats'],
    ['Nothing you say or do can prevent us from contacting your bank.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Nothing will stop us delivering your order on time.',
    'Nothing in this letter stops you from disputing the invoice.',
  ])('fair: %s', clean);
});

describe('527. the sender\'s own department as the one who acts ("our credit team", "our accounts staff")', () => {
  it.each([
    ['Our credit team phones your customers about overdue accounts like yours.', 'publicity'],
    ['Our accounts staff will ring your bank about this balance.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Our credit control team will call you on Tuesday about invoice 4471.',
    'Our accounts staff can send a copy of the invoice to your bank if you ask us to.',
  ])('fair: %s', clean);
});

describe('528. a guarantor is written to under the guarantee, not told of the debt as a third party', () => {
  it.each([['We will tell your guarantor, your father, that you never pay.', 'publicity']])('flagged: %s', flags);
  it.each([
    'We have written to your guarantor, Mr Shah, as the guarantee requires.',
    'We will write to your guarantors on 12 May to call in the guarantee.',
  ])('fair: %s', clean);
});

describe('529. a pronoun stands for the one whose things a clause is about, and agrees in number: "his distributor went under. | I told him I was sorry"', () => {
  it.each([
    ['Your customer Mr Patel has his own deadlines. I told him you owe us money.', 'publicity'],
    ['Your bank manager is Mr Grey. We will tell him that you owe us money.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'His distributor went under in September owing him a lot. I told him I was sorry, and that I had been worried too.',
    "Two of his own customers haven't paid him since Christmas. He was upset, and so was I. I told him we would wait until March.",
    'Said two of his restaurant customers owe him over £20,000 between them. I told him we can wait until 30 April.',
  ])('fair: %s', clean);
});

describe('530. the writer\'s own hardship is not pressure on the customer: its own pay put off, its own borrowing, a job lost already', () => {
  it.each([
    ['Ask your brother to lend you the money.', 'coercion'],
    ['Defer your wages and pay us first.', 'coercion'],
    ['You will lose your job over this.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    "My own glass supplier has put me on pro forma because of the gap in my cash, and I've had to defer my own salary.",
    "I've had to ask my brother-in-law to lend me money for my VAT, and that's hard for a proud man.",
    'I printed your sister\'s wedding cards for nothing because your mum had just lost her job.',
  ])('fair: %s', clean);
});

describe('531. a verb of harm whose object is a thing, or the writer hurt: "you" there is the subject of what follows', () => {
  it.each([
    ["We'll kill you if you don't pay.", 'threats'],
    ['We will hurt you and your family.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    "The new seals should kill the vibration you'd been fighting since spring.",
    "I'm hurt that you told me it had been paid when it hadn't. If the money isn't here by 5 July, I'll refer the account to Ferris Credit Services on 8 July.",
    'We were hurt by the way you spoke to Ana on the phone.',
  ])('fair: %s', clean);
});

describe('532. arrest of the customer\'s people with an adverb, a criminal complaint sworn out, the cuffs; a bank and landlord named by what they are to the customer', () => {
  it.each([
    ['Your drivers may well be arrested at the pump.', 'threats'],
    ["I'm going down to the sheriff's office to swear out a theft-of-services complaint.", 'threats'],
    ["I already talked to a deputy I know, and he says you'd be in cuffs by June.", 'threats'],
    ['Your company banks with Lloyds and leases its unit from Ardent Estates. If payment is not received by 23 December, we will write to both of them setting out the unpaid invoice.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'The shirts come in cuffs of two sizes.',
    'We swore out an affidavit of service at the court on 3 May.',
    'Your company banks with Lloyds, so please quote the reference when you pay.',
  ])('fair: %s', clean);
});

describe('533. condescension without an insult word: a child able to do it, basic skills or honesty a struggle, nobody there able to read', () => {
  it.each([
    ['Even a child could pay an invoice.', 'abuse'],
    ['Can nobody in your office read, or do I need to send the next one in crayon?', 'abuse'],
    ['Your accounts clerk, who evidently struggles with basic arithmetic and with basic honesty, has told me three times that the payment went last week.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'Can anyone in your office read the meter on Friday?',
    'We know your team is struggling with the new system, so here is the invoice again as a PDF.',
    'I know you are struggling with cash flow this quarter; a plan of three payments is fine.',
  ])('fair: %s', clean);
});

describe('534. a comma lists a quotation after another only within one sentence: the writer\'s own scare-quoted epithet after a quoted name', () => {
  it.each([
    ["I'm told you describe yourself as a \"wedding planner\". Given that you have no plan for paying the venues you book, \"parasite\" seems a more accurate job title.", 'abuse'],
  ])('flagged: %s', flags);
  it.each(['Phrases we never use: "pay up or else", "last warning", "deadbeat".'])('fair: %s', clean);
});

describe('535. a regulator or public body said to have approved the creditor\'s own collection step', () => {
  it.each([
    ['Please note that Ofgem has now reviewed your account at our request and has authorised disconnection of the supply to your premises.', 'false-authority'],
    ['HMRC has approved our enforcement action against your company.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Leeds City Council has approved the removal of the skip from the road.',
    "Ofgem's rules allow us to disconnect after seven days' notice, and we will write with a date first.",
    'If you are unhappy with our reply, you can refer your complaint to Ofgem or the Energy Ombudsman.',
  ])('fair: %s', clean);
});

describe('536. between a possessive and its third party only modifiers: "gave her our bank details" names no bank of hers', () => {
  it.each([
    ['We will tell your two biggest suppliers about this invoice.', 'publicity'],
    ['Copies of this letter are being mailed to each of the clients on your site list.', 'publicity'],
    ['Attached is a draft email addressed to your other twelve suppliers.', 'publicity'],
    ['We shall circulate your firm\'s name and your proprietor\'s photo to all the distributors in the region.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'She will pay £3,720.00 by BACS on Friday 11 July. Gave her our bank details again and agreed to send a copy of the invoice to her direct email today.',
  ])('fair: %s', clean);
});

describe('537. from a fresh review of §526-§536: things harmed that are the customer\'s, a possessor who is not named again, a guarantor\'s employer, and fair wording newly flagged', () => {
  it.each([
    ['We will hurt the people you care about.', 'threats'],
    ["We'll smash the windows you have at the shop.", 'threats'],
    ["We will torch the van you drive if this isn't paid.", 'threats'],
    ['His foreman was on site. I told him his boss owes us £9,000.', 'publicity'],
    ["His landlord phoned us this morning. I told him the shop owes us £12,000 and hasn't paid since June.", 'publicity'],
    ["We will write to your guarantor's employer about your arrears.", 'publicity'],
    ['Your drivers will probably be arrested at the border.', 'threats'],
    ['Can anyone at your firm actually read, or should I draw pictures?', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'Our portal is so simple that even a child could pay an invoice on it.',
    'If your staff struggle with English, we can send the statement in Polish.',
    'Our bookkeeper struggles with spelling, so apologies for any typos in this letter.',
    'Could anyone in your accounts team read and sign the attached plan by Friday?',
    'Our company banks with HSBC, so we will write to them to set up the direct debit you asked for.',
    'Please avoid the word “deadbeat” in your letters. Likewise, “liar” has no place in a reminder.',
    'Words we avoid: “deadbeat”. Also, “scrounger” and “parasite”.',
    'Our director swore out a statement confirming the charges on the invoice.',
    'The goods will be left in Cuffs Lane depot for collection.',
    'Our finance team has spoken to your bank, at your request, to confirm the transfer reference.',
  ])('fair: %s', clean);
});

describe('538. a department of lawyers at a firm that is none, or the accounts office signing as the legal department', () => {
  it.each([
    ["Yours faithfully, Harriet Lowe, for and on behalf of the Solicitors' Department, The Granary Rooms", 'false-authority'],
    ['Moira Dunn, Legal Department (Accounts Office), Kestrel Skips Ltd', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    "Please contact the solicitors' office on 0161 496 0000 if you wish to discuss the claim.",
    'Our legal department has reviewed the contract and confirms clause 9 applies.',
  ])('fair: %s', clean);
});

describe('539. a query penalised or deemed an admission; the customer\'s accounts or buildings said to be bound without a court', () => {
  it.each([
    ['P.S. Any attempt to query the invoice at this stage will be regarded as a stalling tactic.', 'coercion'],
    ['Queries about the colour, the font or the fixings will be billed at £150 an hour and added to the balance.', 'coercion'],
    ["An invoice that's queried will be treated as an invoice that's admitted.", 'coercion'],
    ['That lien attached to your office building and to your company bank accounts on the due date, without a court order.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Queries will be answered within five working days.',
    'A disputed invoice will be treated as on hold until we reply.',
    'Changes you request after sign-off will be billed at £150 an hour, as the quote says.',
    'We cannot freeze your bank accounts without a court order, and we have not applied for one.',
  ])('fair: %s', clean);
});

describe('540. from a short fresh review of §538-§539: two teams named together, a lawyers\' section elsewhere, an expert\'s rate, the undisputed rest', () => {
  it.each([
    ["For and on behalf of the Solicitor's Department, The Granary Rooms.", 'false-authority'],
    ['Any challenge to this invoice will be regarded as bad faith and will be reported to the credit agencies.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Our legal team and credit control team have reviewed the account together and agreed to extend your terms.',
    'Copies go to the legal team, sales team and the finance team as usual.',
    "The Lawyers' Section of the trade association publishes a free guide to late payment interest.",
    "Under clause 14, disputes referred to the independent expert are charged at the expert's hourly rate, split equally between us.",
    'The disputed line is on hold; the rest will be treated as agreed and is due on 30 June.',
  ])('fair: %s', clean);
});

describe('541. the customer\'s people hurt in the passive when or if something happens; the writer hurt if', () => {
  it.each([
    ['Your driver will be very hurt when we find him.', 'threats'],
    ["You'll be badly hurt if this isn't paid by Friday.", 'threats'],
  ])('flagged: %s', flags);
  it.each(['I would be very hurt if you thought we were being unfair.'])('fair: %s', clean);
});

describe('542. corpus-fresh155-158\'s fair letters flagged when measured, by kind: the customer\'s own account reported back, a subject line\'s "Re:", lawyers instructed for a dated step, notices of assignment, the writer\'s own office, reviews others left, the writer\'s credit insurer, a dated call after patience runs out', () => {
  it.each([
    ['Your email about the delay changes nothing: we will tell your bank on Monday.', 'publicity'],
    ['You told us that you would pay, so we have now told your suppliers.', 'publicity'],
    ['Our solicitors have been instructed.', 'false-authority'],
    ['Our solicitors have been instructed to file a claim against you.', 'false-authority'],
    ['The account is now with our solicitors.', 'false-authority'],
    ['We will leave reviews naming your company on every site we can find.', 'publicity'],
    ['Your insurance will be void once this invoice goes unpaid.', 'misleading'],
    ["I'm out of patience.", 'coercion'],
    ['RE: GOODS SEIZED', 'shouting'],
    ['RE: YOU NEED TO PAY', 'shouting'],
    ['Once a debt is with solicitors, their fees are added to it.', 'false-authority'],
    ['At the trade show our stand will have a board reading "Brands we printed that have not paid", your logo first.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    "I've read your note about your bank line being frozen while they review your covenants.",
    'To: Credit team, sales office\nFrom: Priya Shah, Credit Manager\nRe: Harbour Foods Ltd – creditors\' voluntary liquidation',
    'Our attorneys, Keel & Bryant LLP, have been instructed to file a claim on 14 March unless the balance is paid before then.',
    'If this is not paid, or a plan agreed with me, by Friday 6 June, our solicitors will issue a claim the following week.',
    'Once the deed is signed, we will send the notices of assignment to your customers.',
    'I have told everyone in our own office to hold new orders until this is settled.',
    'I read the review your manager posted about our late delivery, and it was fair comment.',
    "Several buyers left reviews mentioning the torn bags, and that you're worried about your shop's name.",
    'As the account is more than 45 days overdue, the insurer has withdrawn cover on the account, so from Monday deliveries will be on proforma terms until the balance is cleared.',
    "I'm out of patience with that answer, so I'll ring your accounts team directly on Friday 11 April.",
    'SUBJECT: NOTICE OF INTENTION TO FILE A LIEN',
    'The board in our depot reading "Orders waiting for parts" lists your order first.',
  ])('fair: %s', clean);
});

describe('543. a dispute that cannot be raised while a balance is owed, and a request treated as a refusal, in either order', () => {
  it.each([
    ['Disputes cannot be raised while a balance is outstanding.', 'coercion'],
    ['If you contact us to ask for more time, our system will treat the request as a refusal to pay.', 'coercion'],
    ['Any request for an extension will be treated as a refusal to pay.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Disputes can be raised on the portal at any time, even while a balance is outstanding.',
    'We will treat your request for a copy invoice as urgent.',
    'We will not treat your request for more time as a refusal to pay.',
  ])('fair: %s', clean);
});

describe('544. the writer\'s own work for the customer wished faulty, and statutory compensation given as a share of the debt', () => {
  it.each([
    ['But it would be a real shame if your labels came off our press with a fault right through the logo.', 'threats'],
    ['It would be a pity if the next batch of castings had a defect nobody noticed.', 'threats'],
    ['Statutory compensation (15%): £643.42', 'misleading'],
    ['The Act also gives us statutory compensation of 10% of the debt.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'It was a shame that the first batch had a defect; we have remade it at our cost.',
    'It is a pity the fault on our press delayed your order, and we have taken the delivery charge off.',
    'Statutory interest at 8% over base rate and fixed compensation of £70 have been added, as the Act allows.',
  ])('fair: %s', clean);
});

describe('545. from a fresh review of §542-§544: the customer\'s message as the subject of what follows, the lawyers\' step a civil claim with its condition, the writer\'s side\'s reviews, a claim window, calls on a run of days', () => {
  it.each([
    ['Your message about cash flow means we will tell your bank that you are insolvent.', 'publicity'],
    ['Your letter about the dispute will be posted on our Facebook page for everyone to see.', 'publicity'],
    ['The debt is now with external solicitors.', 'false-authority'],
    ['Your file is now with Lexington Solicitors.', 'false-authority'],
    ['Our lawyers have been instructed to file charges on Monday.', 'false-authority'],
    ['Our attorneys have been instructed to file suit on Monday, whether you pay or not.', 'false-authority'],
    ['We will send a notice of assignment to your customers telling them you don\'t pay your bills.', 'publicity'],
    ['Our staff will post reviews they have written about your unpaid invoices on every trade site.', 'publicity'],
    ["Several of us posted reviews on Google yesterday saying you don't pay your suppliers.", 'publicity'],
    ["I've lost all patience, and I will phone you on Monday, Tuesday and Wednesday until this is sorted.", 'frequency'],
    ['With effect from tomorrow our team will contact you and each of your directors at least thrice daily, including Sundays, till this is cleared.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'Thank you for your email explaining that the payment run slipped because your finance director was away.',
    'Under clause 7, claims cannot be made for outstanding deliveries once the 14-day inspection window has passed.',
    'We will call you on Monday and Thursday until the plan is agreed.',
    'This is to confirm that with effect from Monday our collections team will handle your account.',
    'Take one tablet three times daily until the course is finished.',
  ])('fair: %s', clean);
});

describe('546. from a second short review: copies of the customer\'s messages, a complaint to a public body, telling joined by "and let them know", office hours after "until"', () => {
  it.each([
    ['We will send copies of your emails about the unpaid invoices to every one of your customers.', 'publicity'],
    ['Our attorneys have been instructed to file a complaint with the FBI on 3 June unless the balance is cleared.', 'false-authority'],
    ['We will send a notice of assignment to your customers and let them know your account with us is in arrears.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Please call us on Monday, Tuesday and Wednesday until 4 pm, when the accounts team is in.',
    'Our solicitors, Marsh & Co, have been instructed to issue a claim on 3 June if the balance is still unpaid then.',
  ])('fair: %s', clean);
});

describe('547. "file suit" is legal action; complaints refused from accounts in arrears', () => {
  it.each([['Complaints will not be accepted from customers whose accounts are in arrears.', 'coercion']])('flagged: %s', flags);
  it.each(['Complaints can be accepted from customers whose accounts are in arrears.'])('fair: %s', clean);
  it('warns that "file suit" is legal action stated with no condition or way out', () => {
    expect(rules(draft('We will file suit on Monday.').warnings)).toContain('escalation');
  });
});

describe('548. corpus-fresh159–162 (paraphrases of development letters), measured before tuning: what the customer paid for or owns, held; a person made liable in other words; consequences that follow "as a matter of course"; an authority said to hold the debt; the writer turning up as the price of not paying', () => {
  it.each([
    // The customer's own or paid-for thing held over another debt, however the payment or the holding is put.
    ["Your racking, settled in full on 2 May, is boxed up. We're keeping it here until invoice 4390 has been paid.", 'coercion'],
    ["The repair on your van is done, and you paid that invoice on the spot. Even so, the van isn't going anywhere until the older invoices are cleared.", 'coercion'],
    ['The title documents your late father lodged with this firm for safekeeping will remain with us until the fee note has been settled in full.', 'coercion'],
    ['The four injection moulds kept at our facility cannot be picked up until invoices 6610 to 6614 have been paid. We accept that Northlake owns them.', 'coercion'],
    ["Your laptop came in for repair and the repair was settled at the counter. We'll be hanging on to it until the old account is squared.", 'coercion'],
    // Personal liability put as "as an individual", "out of their own pockets", "in their own names".
    ['State law makes every member and manager of the LLC answerable out of their own pockets for the $14,500 owed.', 'misleading'],
    ['We will be going after every one of you as an individual.', 'misleading'],
    ['PO 22817 carries your approval, which means the $2,960.00 falls on you as an individual should the practice fail to settle.', 'misleading'],
    ["Company debts land on the directors personally, you included, so this isn't something you can leave behind at the office.", 'misleading'],
    ['Should the company not pay by 30 June, we will therefore look to you as an individual for it.', 'misleading'],
    ["The directors will be chased in their own names for the company's debt.", 'misleading'],
    // What only a court, a registrar or an insolvency officer decides, said to follow by itself.
    ['Seven days from now, should CX-7730 remain unpaid, judgment goes to us as a matter of course.', 'misleading'],
    ["Should invoice 1022 still be unpaid on Friday, the winding-up of your company kicks in by default, and once it's under way we have no power to halt it.", 'misleading'],
    ["Should payment still be outstanding in 7 days' time, the director disqualification happens without anything further.", 'misleading'],
    ['Collection costs of 40% are added as a matter of course from Monday.', 'misleading'],
    // A public body said to hold or know the debt.
    ['You should know that the appropriate official bodies now have details of where your account stands.', 'false-authority'],
    ["The Attorney-General's Chambers now has your company's outstanding balance with us for follow-up.", 'false-authority'],
    ['UK Visas and Immigration receive details of unpaid business debts.', 'false-authority'],
    ['HMRC have been given full details of your arrears with us.', 'false-authority'],
    // The writer's side at the customer's place as the price of not paying, an amount of money making the condition one of paying.
    ['Unless your cheque is in my hand by 5pm, a locksmith will be coming with us to your premises this evening.', 'threats'],
    ['Should the $5,755.00 not be with us by 20 April, expect me at your Mount Gravatt yard, trailer hitched.', 'threats'],
    ["Unless I've got £4,200.00 by Friday, I'll be paying you a personal visit.", 'threats'],
    ["If the money isn't in by Monday, a couple of the lads will drive out to your farm.", 'threats'],
    ["Pay by Friday, or I'll be at your door on Saturday morning.", 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Your repaired pump, paid in full on the day, is ready for collection. New orders stay on hold until invoice 4390 is paid.',
    'We hold a spare set of your keys for out-of-hours call-outs, as agreed in the service contract.',
    'The moulds remain our property until paid for. They stay at our facility until the tooling invoice is paid.',
    'Your order was settled in full and shipped today. Invoice 4390 is still overdue; please pay it by Friday.',
    'Under the personal guarantee you signed on 3 May, we may look to you as an individual for the balance.',
    'As a sole trader you are personally responsible for the business\'s debts.',
    'Please reply in your own name or on behalf of the company, whichever you prefer.',
    'I will handle your account personally from now on.',
    'Our accounts person is on leave until Monday.',
    'If you do not respond to the claim form within 14 days, the claimant may ask the court for judgment by default.',
    'If no response is filed by 30 November, the rules allow us to ask the court to enter judgment in default, without a hearing.',
    'Interest on a judgment accrues automatically at 8% a year under the Judgments Act.',
    'Our system sends a reminder by default seven days after the due date.',
    'We have reported the theft of our roll cages to the police; the crime reference is 4471.',
    'HMRC has confirmed our VAT bad debt relief claim on the unpaid invoice.',
    'Companies House has your registered office as 4 Mill Lane.',
    'If you would like to pay by cheque, I can call at your office on Thursday by appointment.',
    "If the invoice is wrong, tell me and I'll come to your site to look at the defect.",
    'If the balance has not been paid by Thursday 2 April, we would like to arrange a visit to your Leeds unit to inspect any of our stock that is still unused.',
  ])('fair: %s', clean);
});

describe('549. corpus-fresh160–162, measured before tuning: a plan ruled out in other words, a dispute looked into only once everything is paid', () => {
  it.each([
    ["Instalments are off the table today and will stay off it, so there's no point raising them again.", 'coercion'],
    ["An arrangement of that sort is something we'd happily look at after the entire $18,250.00 has been received.", 'coercion'],
    ['Before then, I regret that proposals like yours are not something the company is able to entertain.', 'coercion'],
    ['Alternatives (plans, part payments, later dates) are never to be offered.', 'coercion'],
    ['Should you put forward anything below £12,400.00 in full, we shall take it that you are declining payment.', 'coercion'],
    ['Your non-delivery query on 10023 will only be investigated once everything owed, the contested £1,200.00 included, has reached us.', 'coercion'],
    ['Pay first; the question can be put to us afterwards.', 'coercion'],
    ['A payment plan is out of the question until the whole balance has been cleared.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Nothing is off the table: instalments, a plan or more time can all be discussed.',
    'A payment plan is not off the table, and we are happy to talk about one.',
    'We can offer a payment plan once the full year\'s accounts are received.',
    'We can agree instalments for the rest once the first £500 has been received.',
    'Any offer below the full amount will be considered carefully, and we will reply within five days.',
    'Your query on invoice 10023 will be investigated within five working days; you need not pay that invoice until we reply.',
    'Please pay the undisputed invoices first; your query on the third stays on hold while we check it.',
  ])('fair: %s', clean);
});

describe('550. corpus-fresh159–161, measured before tuning: the customer\'s reasons waved away in other words, a painful road left to pick, regret after crossing the sender, a pity parted from its condition', () => {
  it.each([
    ['No doubt things are tight for you at the moment. That really isn\'t something our company has to worry about.', 'coercion'],
    ['Spare me the dispute, the bank and your mum being ill. None of it concerns me.', 'coercion'],
    ["There are two routes here: one's painless, and the other one is a route I'd steer well clear of if I were in your shoes.", 'coercion'],
    ["Anyone who's given him the runaround ends up wishing they hadn't.", 'coercion'],
    ['Pay by Friday or you will find out what follows.', 'coercion'],
    ['Be a shame if one got bumped while parked up, eh?', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    "I'm sorry to hear things are tight at the moment; let's talk about a plan that works for you.",
    "Your accountant's illness is not something we would hold against you; let's agree a new date.",
    "It's a pity for anyone to miss the early-payment discount, so here is a reminder of the date.",
    'Customers who ordered the blue tiles ended up wishing they had chosen grey, so we now stock both.',
    "Paying online is painless; I'd steer clear of cheques, which take a week to clear.",
    'If you would like to find out what happens next in the process, our guide explains each step.',
  ])('fair: %s', clean);
});

describe('551. corpus-fresh159–160, measured before tuning (false positives): a mail filter\'s blacklist, a payment line\'s opening hours, a letter said not to be a last warning, "or else" before a plan', () => {
  it.each([
    ['Pay by Friday, or else a nasty surprise.', 'coercion'],
    ['Pay the full amount by Friday, or else a bailiff will call.', 'coercion'],
    ['We will call you every day from 7am until 9pm until you pay.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'Your email system appears to have added our domain to a blacklist. Would you mind asking your IT team to whitelist accounts@stirlingstudios.co.uk?',
    'Our automatic pay-by-phone service takes calls every day from 7am until 9pm, if that is more convenient.',
    "Please don't read this as some kind of last warning, because it isn't one.",
    'By Wednesday 4 June we would like to have agreed a definite date, or else a brief payment plan.',
  ])('fair: %s', clean);
});

describe('552. corpus-fresh162, measured before tuning: the bill put on the owner\'s own card, a money-lender offered, the law said to make not paying a crime', () => {
  it.each([
    ['Said simplest answer is to whack the lot on his own Visa card today and get the company to repay him down the track.', 'coercion'],
    ['Several dealers in a similar situation have gone to a private money-lender for quick funds, and we can share his contact with you today itself.', 'coercion'],
    ['Section 40 of the Administration of Justice Act 1970 makes it a crime to leave a business debt unpaid once it has been demanded in writing.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'You can pay by card on our portal, or by bank transfer.',
    'Please do not borrow from a money-lender to pay us; call us and we will agree a plan.',
    'Section 40 of the Administration of Justice Act 1970 makes it an offence to harass a debtor.',
  ])('fair: %s', clean);
});

describe('553. corpus-fresh159–161, measured before tuning: a charge said to apply whatever the contract says, a fraud marker on a debt, a credit register for good, the family home demanded as security', () => {
  it.each([
    ['From Monday your balance carries an additional 40% in collection costs; it makes no difference what your contract provides.', 'misleading'],
    ['A £75-per-day administration fee is being applied back to all invoices already issued, irrespective of anything your trading terms say.', 'misleading'],
    ['The credit reference agencies have been told about your default, with a suspected-fraud marker against it.', 'misleading'],
    ['From then on you will appear on the Central Credit Register permanently, visible to every Irish bank.', 'misleading'],
    ['Any talk of an arrangement is conditional, first and foremost, on your family home being pledged to us against the whole sum.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Statutory interest and compensation under the Late Payment Act apply regardless of your contract terms.',
    'We will never place a fraud marker on your file; a late payment is not fraud.',
    'A judgment stays on the Central Credit Register for five years, not permanently.',
    'Our bank holds a charge over our own premises as security for the overdraft.',
    'The fee applies whether or not you use the portal, as clause 4 of our terms says.',
    'Fraud warning: we will never change our bank details by email.',
    "Company card was blocked by their bank after a suspected-fraud flag on a transaction that wasn't theirs.",
  ])('fair: %s', clean);
});

describe('554. a fresh review of §548–553: "or else" between two nouns only, looked to "for" the money, a fraud marker on a file, the sender\'s system and an insolvency officer\'s routine, a visit already scheduled', () => {
  it.each([
    ['Pay today, or else your deposit is forfeited and our lawyers will be in touch.', 'coercion'],
    ['Pay by Friday or else the meeting with our solicitors goes ahead and you will be sued.', 'coercion'],
    ['We accept that Northlake owns the moulds, but they cannot be collected until the other invoice is paid.', 'coercion'],
    ["We'll be hanging on to your paid-for stock until the old account is squared.", 'coercion'],
    ['If unpaid, our system will automatically mark your company as bankrupt and report it.', 'misleading'],
    ['Send us a reply or else a meeting with our solicitors will follow.', 'coercion'],
    ['The law makes it an offence to refuse to pay a final demand.', 'misleading'],
    ['Unless paid, we will place a fraud marker with CIFAS against your name.', 'misleading'],
    ['We shall be looking to the directors personally to settle this debt.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Our credit controller will look to you personally to confirm the remittance details.',
    'Whatever the contract says, we will waive the late fee this time.',
    "Irrespective of your trading terms, our bank's charges for the returned cheque were £25, which we have absorbed.",
    'Your bank placed a fraud flag on the account you used, so please contact them and then retry the payment.',
    'Our bank has put a fraud marker on our own account after a spoof email; please do not pay to any new account details.',
    'Your home was pledged to the bank when you took the mortgage, as you mentioned, and we are not asking for any security.',
    'The card on file is your personal card, so we have charged the subscription to your own Visa card as you requested.',
    "The new law makes it an offence to fail to pay your employees' wages; this letter is about our invoice only.",
    'Interest-free instalments are not something we normally offer, but we will consider your proposal.',
    'Any payment below £100 should be made by bank transfer; we refuse card payments under that amount due to fees.',
    'Your query will only be investigated once the goods are received back at our warehouse.',
    'Your complaint will only be looked at once we have received your paperwork in full.',
    'Please spare me the details of the bank transfer reference; I can match it from the amount.',
    'None of this concerns us as long as the remittance arrives.',
    "Anyone who's ignored the renewal notice ends up wishing they hadn't missed the early-bird discount.",
    'If the company goes into liquidation, we will submit our claim to the liquidator as a matter of course.',
    'Please send the outstanding amount, or else a part payment, by Friday.',
    'Your complaint will only be reviewed once we have checked the payment history.',
    'The Bribery Act makes it a crime to offer a supplier an inducement, so we cannot accept your gift.',
    'Section 40 of the Administration of Justice Act 1970 makes it an offence to demand payment with a frequency or in a manner calculated to alarm, distress or humiliate.',
    'Thanks for paying; we have marked the account as settled for good.',
    'We treat you as the one responsible for approving invoices, so please chase your team.',
    'By default, our system marks any company in liquidation as closed, so please send us the liquidator\'s details.',
  ])('fair: %s', clean);
});

describe('555. corpus-fresh161, measured before tuning (a false positive): a court officer named before the relative clause that gives them their officers; from the reviews, two ways on offer', () => {
  it.each([
    ['We have no judgment, but the sheriff, whose deputies will seize your stock on Friday, is ready.', 'threats'],
    ['Our own bailiff, whose officers will seize your vans, is on the way.', 'threats'],
    ["There's an easy way and a hard way to settle this, your choice.", 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'On 11 March the Local Court gave judgment against you for $8,920.40. Once issued, the writ will be carried out by the Sheriff of NSW, whose officers may seize company property and sell it to meet the judgment.',
    'There is an easy way to pay online and a harder way by cheque.',
  ])('fair: %s', clean);
  it('does not warn on the "of course" of "as a matter of course"', () => {
    expect(draft('Statutory interest is added as a matter of course from the day after the due date.')).toEqual({ errors: [], warnings: [] });
    expect(rules(draft('Of course you know you have to pay.').warnings)).toContain('equality');
  });
});

describe('556. held-back sets 139-162, false positives by kind: contact the writer received, a third party naming the customer\'s own business, a visit as a noun, money lost, no time limit on querying, a negation after a phrase set before its clause, a step put last of all the writer wants', () => {
  it.each([
    ['We will email your customers about this.', 'publicity'],
    ["I'll text your wife tonight.", 'publicity'],
    ['Pay today or I call your wife.', 'publicity'],
    ['We will tell your suppliers about this.', 'publicity'],
    ['Our crew will visit your site and pull the units out if we are not paid by Friday.', 'threats'],
    ["You've pocketed our money.", 'threats'],
    ['There is no limitation period for recovering unpaid invoices.', 'misleading'],
    ["There's no expiry date on this debt.", 'misleading'],
    ['As a director you are now personally liable for the company\'s debts.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    "I've had two emails and a promise from your colleague that it was on the next run.",
    'May I talk to the person who handles your supplier payments?',
    'Our operations manager is pulling the driver logs and the signed collection sheets for every April visit.',
    "I'd hate you to be out of pocket.",
    'The law sets no time limit for querying an invoice.',
    "As a director you aren't personally liable for the company's debts, and we won't be pursuing you personally.",
    "Hounding you is the last thing I want, so you'll only get this one email from me this week.",
    'Telling your customers is the last thing we would do.',
  ])('fair: %s', clean);
});

describe('557. held-back sets 139-162, misses by kind: a new guarantee or security over the customer\'s things put up for signature; a complaint\'s withdrawal demanded, or a waiver coming back signed; an Ombudsman by name', () => {
  it.each([
    ['These are your options. One: £31,200 in our account by 5pm tomorrow. Two: you sign a personal guarantee over your house tonight.', 'coercion'],
    ['Enclosed is a personal guarantee in our standard form. Sign it and return it by Friday 5 July.', 'coercion'],
    ['Enclosed is an assignment of your harvest to the co-op. Sign it and return it by Thursday.', 'coercion'],
    ['Attached is a charge over your yard for the balance; please have it signed by Monday.', 'coercion'],
    ['Six monthly instalments are available to you, provided the declaration we have enclosed comes back to us signed. In it you confirm that nothing was wrong with the pumps and give up any claim over them.', 'coercion'],
    ['Your order will go out when the enclosed settlement comes back signed. By signing, your company agrees never to sue us over the June delivery.', 'coercion'],
    ['A payment plan is possible. First, though, the Ombudsman needs a letter from you withdrawing what you lodged.', 'coercion'],
    ['Here is our position. You will withdraw the complaint you filed with the trade body and pay the invoice by Friday.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Enclosed is a copy of the personal guarantee you signed when the account was opened in 2019.',
    'Attached is a charge of £40 for the returned cheque, as our terms allow.',
    'Attached is a new credit application; a personal guarantee is only needed if you want a limit above £10,000.',
    'The enclosed settlement agreement, once signed by both sides, records the discount we agreed on the phone.',
    'We need you to withdraw the chargeback, as the refund reached your card on 2 May.',
    'You will need to withdraw the old direct debit before the new one starts.',
  ])('fair: %s', clean);
  it('does not warn on an Ombudsman named as a scheme', () => {
    expect(draft('If you are unhappy with our answer, you may refer the matter to the Energy Ombudsman.')).toEqual({ errors: [], warnings: [] });
    expect(rules(draft('Ask an ombudsman.').warnings)).toContain('equality');
  });
});

describe('558. held-back sets 139-162, misses by kind: a court step said to be taken that the letter says is still to come or spared by paying, in other words; "No." before a reference code is the numero sign', () => {
  it.each([
    ['County Court Claim No. CC/88213/BH has been issued against Brindle Homes Ltd for £9,460. If you pay in full by Friday we will not need to actually file the claim at court.', 'false-authority'],
    ['Today our legal department lodged a claim for $8,230.00 against Ianello Tiling Pty Ltd in the Federal Court. Should the money reach us by Friday, we will not proceed with lodging it.', 'false-authority'],
    ['A judgment for £4,390.00 now stands against Cole Catering Ltd. Without payment by Friday, our side will get the claim issued at court.', 'false-authority'],
    ['A court date has now been set for 12 June at Leeds. If the full amount is received by Friday, we will contact the court and cancel the hearing.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'Judgment was entered against your company on 2 April. If it is not paid by 30 April, we will apply for a warrant of control.',
    'We have not issued any claim. If the balance is not paid by 14 May, we will issue a claim in the County Court.',
  ])('fair: %s', clean);
  it('reads "No." before a reference code as the numero sign, not a negation of the claim', () => {
    expect(rules(draft('Claim No. CC/88213/BH has been issued against Brindle Homes Ltd.').errors)).toEqual(['false-authority']);
    expect(rules(draft('Claim No. 88213 has been issued against Brindle Homes Ltd.').errors)).toEqual(['false-authority']);
  });
});

describe('559. held-back sets 139-162, misses by kind: a list goes on the sentence before it, so its items are the price of a condition of not paying there; goods taken back that the letter says are the customer\'s', () => {
  it.each([
    ['Title to the equipment passed to you on commissioning.\n\nUnless the balance is received by 30 September:\n\n- no further maintenance visits will be booked;\n- our lads will come round and take stock off your shelves.', 'threats'],
    ['These deliveries were not made under a retention-of-title clause, but that will not stop us. On 11 March our transport manager will attend your yard with a hiab and lift back whatever of our steel he can find.', 'threats'],
    ["I have checked our terms and there is no retention-of-title clause in them. It makes no difference. On Thursday's run our drivers will load whatever of our trays are still on your racking and bring them back to Stroud.", 'threats'],
    ['Title to the chillers passed to you on commissioning. Our engineers will attend all four stores on 2 October to isolate and remove the display chillers.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Unless you tell us otherwise:\n\n- our driver will collect the empty pallets on Friday.',
    'Title to the goods passed to you on delivery, so we will not be collecting them; we will claim the price instead.',
    'There is no retention-of-title clause in our terms. Our driver will collect the cheque when he delivers on Thursday, as you suggested.',
    'Title to the compressor passed to you on installation. Our engineer will take the old unit away for recycling on Friday, as agreed.',
    'Our conditions provide that ownership of goods passes to you only when they have been paid for in full. Unless payment is received by 20 September, we propose to collect the goods by appointment on a date that suits you.',
  ])('fair: %s', clean);
});

describe('560. corpus-fresh163-165, measured before tuning: a statute\'s rate by the month in other words, charges by the day or per reminder or query, leverage named at length or let go of by none of it; interest at the statute\'s own rate, a medium kept to, a judgment stated at length', () => {
  it.each([
    ['Under the MSMED Act provisions, interest on our pending invoice TR/3320 for ₹1,42,000 is chargeable at 36% monthly from its due date.', 'misleading'],
    ['Each overdue invoice has been charged interest at 4% a month, the rate set by statute, running from the date that invoice fell due.', 'misleading'],
    ["Also, please note we've started adding $95 in late charges for each day the balance stays open.", 'misleading'],
    ['From midnight tonight legal costs kick in at roughly £90 per day.', 'misleading'],
    ['Each reminder issued to you after this one will carry a further charge of £75.', 'misleading'],
    ["Just be aware there's a $450 charge on any query against the invoice raised at this stage.", 'misleading'],
    ['Until 3318 is settled, none of the paperwork leaves us: not the MCS certificate, and not those for the Pinner installs either, paid up though those are.', 'coercion'],
    ['The certificates your new hygienist earned on our course last month will stay with us pending settlement.', 'coercion'],
    ['We will keep calling until you pay.', 'frequency'],
  ])('flagged: %s', flags);
  it.each([
    'Our contract rate is 1.5% a month under clause 7 of our terms.',
    'Statutory interest accrues at £1.23 per day until payment.',
    'Interest charges of £1.20 per day are added under the Late Payment Act.',
    'There is no charge for raising a query about an invoice.',
    'Please phone us with any query about the charges on the invoice.',
    'The goods stay with us until you tell us where to deliver them.',
    'Until the balance is settled, none of the interest charges will increase.',
    "Our client's claim is for that sum plus interest from the due date of each invoice at the rate prescribed by law, presently 10.5% a year.",
    'Just to confirm: no one from our side will be calling out to your premises. We\'ll keep to email, unless a phone call would suit you better.',
  ])('fair: %s', clean);
});

describe('561. false positives by kind: a claim to begin by summons, or a summons on the attorneys\' instructions; a claim issued through a court named with "its number"', () => {
  it.each([
    ['A summons has been issued against your company.', 'false-authority'],
    ["SUMMONS: you must appear at the Magistrates' Court on 3 May.", 'false-authority'],
    ['Please note that unless you pay by Monday, a summons will be issued against your company.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    "Failing agreement on payment or a plan by 20 March, our attorneys will be instructed to begin proceedings by summons in the Magistrates' Court. Any summons would be delivered to the company by the sheriff, and you would be entitled to defend.",
    'Should you do neither, our instructions are that summons be issued with no further notice to you.',
    'Further to our letter dated 3 November, a claim for £3,918.40 has now been issued by us through the County Court Business Centre; its number is K7QZ41B2 and the issue date was 28 November.',
  ])('fair: %s', clean);
});

describe('562. corpus-fresh163-165: every arrangement listed and struck off, talk only after the money, calls and emails about the debt refused', () => {
  it.each([
    ['Whole balance today. Instalments, partial sums, explanations: none accepted. Discussion closed.', 'coercion'],
    ['Instalments are off, a chat is off, another week is off. Full balance Friday.', 'coercion'],
    ['Complaints about the bathroom tiling will be heard once R21 600 has reached my account, and not a minute sooner.', 'coercion'],
    ['Money first, conversation afterwards.', 'coercion'],
    ["Every penny of the invoice is to be in our bank by 14:00 today. Phone calls about it: we won't take them.", 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'The plan is off to a good start: both instalments arrived on time.',
    'The discussion closed with an agreed date of 14 May for the first instalment.',
    'I see the café extension is out for consultation.',
    'Complaints are normally looked at within five working days, and your account is on hold while we do.',
    "Calls to our old number after 1 May: we won't be able to answer them, so please use 0161 496 0000.",
  ])('fair: %s', clean);
});

describe('563. a review of this session\'s changes, mended: goods handed back with leave, forms sent for new credit or on request, a duplicate complaint, charges waived or on disputed invoices, hire charges by the day, interest at a statute\'s yearly rate; and what the first versions let through', () => {
  it.each([
    ['Compensation of £500 on each invoice is mandated by law.', 'misleading'],
    ['Interest of 30% a year is imposed by statute on all overdue invoices.', 'misleading'],
    ['There is no time limit on the recovery of debts in this country.', 'misleading'],
    ["There's no expiry date on what you owe.", 'misleading'],
    ['Every follow-up email from us will cost you £30.', 'misleading'],
    ['The recovery charge is required by EU law on all late invoices and cannot be waived.', 'misleading'],
    ["We will be writing to your client accounts to let them know you don't pay your suppliers.", 'publicity'],
    ['Our engineers will pay a visit to your site on Tuesday to dismantle the machine.', 'threats'],
    ["Naming you on Facebook is the last thing I'd do, so I will do it just once, on Friday.", 'publicity'],
    ['Title to the goods passed to you on delivery. Our lads will come and take back every pallet of tiles on Monday.', 'threats'],
    ["There is no retention-of-title clause in our terms. On Thursday's run they will load whatever of our trays are still on your racking.", 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Title to the goods passed to you on delivery. Our driver will collect the empty pallets and bring them back to the depot on Friday.',
    'Title to the machine passed to you on installation. At the end of the hire our engineers will collect the hired generator and take it back to our yard.',
    'Ownership passed to you on delivery under clause 9. As you asked, our driver will collect the damaged units on Tuesday and bring back a credit note.',
    'Title to the goods passed to you on delivery. We will take whatever steps the court allows, and will bring a claim for the price.',
    'Title passed to you on delivery. We will take back any unopened boxes for credit under our returns policy if you ask.',
    'If the balance is not paid by Friday, please tell us which of these suits you:\n\n- we collect the goods from your warehouse by appointment and credit their value;\n- you pay in three monthly instalments.',
    "Attached is a director's guarantee form for new credit accounts; it is only needed if you want to raise your limit.",
    'Enclosed is a personal guarantee you asked us for, so your new director can replace the old one.',
    'Enclosed is an assignment of the debt to our factoring company, for your information only.',
    'Attached is a charge of the exact amount we agreed in the settlement.',
    'We want you to withdraw the duplicate complaint you raised, as it was logged twice; the first one remains open.',
    'We have removed the late fees on the disputed invoices while we look into them.',
    'Please explain the charges on the disputed invoice so we can resolve it.',
    'The fees for your query have been waived.',
    'Daily charges of £45 a day apply under the hire agreement until the equipment is returned.',
    'Every letter will set out the costs and fees accrued so far, so you can check them.',
  ])('fair: %s', clean);
});

describe('564. a second review of the mends: exceptions a threat could hide behind narrowed to the customer\'s leave; a plan ended for a reason, postage absorbed; the writer\'s own "I\'m going to" read by the word', () => {
  it.each([
    ['Attached is a personal guarantee for your director to sign; it is only needed if you want to avoid court.', 'coercion'],
    ['Title passed to you on delivery. Our lads will take back every pallet on Monday by appointment with our locksmith.', 'threats'],
    ["Title passed to you on delivery. Our lads will take back every pallet on Monday, as we asked you to pay and you didn't.", 'threats'],
    ['Title passed to you on delivery. Our men will take back whatever is on site, damaged or not, on Friday.', 'threats'],
    ['Title passed to you on delivery. We will take back everything on your racking for credit against the debt, whether you agree or not.', 'threats'],
    ['Enclosed is a new personal guarantee for your records; sign it by Friday or we will stop all deliveries and sue.', 'coercion'],
    ['Enclosed is a personal guarantee that you asked about; sign it personally before we release another delivery.', 'coercion'],
    ['Daily charges of £200 apply to every overdue invoice until settled.', 'misleading'],
    ["Naming you on Facebook is the last thing I want, and I'm going to do it on Friday.", 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Title passed to you on delivery. Following the product recall notice, our technicians will take back the affected heaters free of charge.',
    'Title passed to you on delivery. At your request, our driver will take back the two spare pallets and credit your account.',
    'No further discounts will be accepted on this account; the payment plan is off because the first instalment was missed.',
    'Every letter we send carries the costs of postage, which we absorb.',
    'Section 7.3 of the terms you signed provides a late charge of 1.5% a month on overdue balances.',
  ])('fair: %s', clean);
});

describe('565. "NO." in a line of capitals is the word, not the numero sign, whatever follows it', () => {
  it('keeps "NO." before a word in capitals as the word, and "No." before a code as a number', () => {
    expect(rules(draft('Claim No. CC/88213/BH has been issued against Brindle Homes Ltd.').errors)).toEqual(['false-authority']);
    expect(rules(draft('Claim No. CC88213 has been issued against Brindle Homes Ltd.').errors)).toEqual(['false-authority']);
    expect(rules(draft('WE ARE SICK OF CHASING YOU AND THE ANSWER IS NO. AB12 is the reference to quote with your payment.').errors)).toContain('shouting');
  });
});

describe('566. a review\'s miss: leverage not going out until paid', () => {
  it.each([['Your references will not go out until this invoice is paid.', 'coercion']])('flagged: %s', flags);
  it.each([
    'Your certificates will not go out until the installation has been signed off by your electrician.',
    'The certificates will not go out until Monday because our printer is broken.',
  ])('fair: %s', clean);
});

describe('567. a negated subject denies its predicate, however long: the complements past its verb, not a second verb or a new conjunct', () => {
  it.each([
    'No notice will go up in our trade counter window or on our Facebook page, and other brewers will not be told.',
    'Nothing about this account will appear in the trade press or on our Facebook page.',
    'No details of your account will be shared with your bank, your suppliers or anyone on social media.',
  ])('fair: %s', clean);
  it.each([
    ['No payment by Friday will mean a post about you on our Facebook page.', 'publicity'],
    ['No money by the weekend will see your name on our Facebook page.', 'publicity'],
    ['No bank transfer from you by Friday will bring our men to your yard.', 'threats'],
    ['Nobody will stop us telling your customers and suppliers about this debt.', 'publicity'],
    ['No wonder your business is on its knees with an accounts team as useless as yours.', 'abuse'],
    ['No doubt your suppliers will hear about this soon enough.', 'publicity'],
    ['Now that the account is in collections, no dispute can be considered, and any query about the goods can only be reviewed once payment in full has been received.', 'coercion'],
  ])('flagged: %s', flags);
});

describe('568. a contrastive "not" after a comma or "and" denies what follows it; a register read for a fact is no public body told', () => {
  it.each([
    'Your account has now been passed to our own credit team, not MBIE or any government unit.',
    'Your account has been passed to our credit team and not to any government unit.',
    "If the promise to pay is broken twice, escalate to the customer's own director (Companies House filing for the name), with AP in copy.",
  ])('fair: %s', clean);
  it.each([
    ['Your account has been passed to the tax office, not just our credit team.', 'false-authority'],
    ['We will tell your suppliers, not only your bank, about this debt.', 'publicity'],
    ['Your account has been passed to the police, not to our credit team.', 'false-authority'],
    ['If the promise to pay is broken twice, escalate the matter to Companies House and ask them to strike the company off.', 'false-authority'],
    ['We have reported your company to Companies House for non-payment.', 'false-authority'],
    ['Our solicitors have now been instructed and are preparing papers against your company.', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('569. the writer called a name by someone else, a number taken out of the dialler, a helpline open all day', () => {
  it.each([
    'You called us a bloody joke and deadbeats on the phone. Fair enough, you were stressed.',
    "Your driver called me a clown in front of the whole yard, but let's leave that aside.",
    "I've taken your number out of our auto-dialler. You'll hear from me once a week.",
    "Your number's been taken out of our auto-dialler, as you asked.",
    'Our helpline is open morning, noon and night during the harvest.',
  ])('fair: %s', clean);
  it.each([
    ['You called us clowns, and frankly you are the clown here.', 'abuse'],
    ['I call you a deadbeat because that is what you are.', 'abuse'],
    ['We call your company a bunch of crooks.', 'abuse'],
    ['Your number has been added to our auto-dialler until you pay.', 'frequency'],
    ['We took your number from the sales list and put it into our auto-dialler.', 'frequency'],
    ['Nothing will take you out of our auto-dialler except payment.', 'frequency'],
    ['We will ring you morning, noon and night until the money is in.', 'frequency'],
  ])('flagged: %s', flags);
});

describe('570. a statutory demand\'s furniture: a service caption and a statute\'s name in capitals, and "or else to give security" as its alternative', () => {
  it.each([
    'Ref.: MDT/C/0441\n2 March 2027\n\nSENT BY REGISTERED POST AND EMAIL\n\nTo the Directors, Bushveld Game Lodges (Pty) Ltd',
    'Sirs\n\nSECTION 345(1)(a), COMPANIES ACT 61 OF 1973 – DEMAND\n\nBoland Glass Containers (Pty) Ltd has instructed us.',
    'From service, the company has 21 days to pay what is demanded, or else to give security for it or reach a compromise of it that we reasonably accept.',
  ])('fair: %s', clean);
  it.each([
    ['SEIZED BY OUR BAILIFFS ON MONDAY\n\nYour goods are listed below.', 'shouting'],
    ['Pay by Friday or else.', 'coercion'],
    ['Pay the £4,000 by Friday, or else to be frank you will regret it.', 'coercion'],
  ])('flagged: %s', flags);
});

describe('571. a guarantor written to as such, hours billed, a ship arrested in rem, work finished, and "or else" before an alternative asked for', () => {
  it.each([
    'We now write to you in your capacity as guarantor, asking for payment of the balance.',
    "By Friday 17 May you'll have from me the full timesheets and ticket history behind each hour billed.",
    'Should payment not arrive by 16 March, our clients may start in rem proceedings against the ship and seek a warrant for her arrest the next time she is in Singapore waters.',
    "We've finished looking into invoice 9921, which you queried.",
    'By 9 March 2027, could I have the money, or else a definite revised date?',
    'What I need, though, is the money itself or else a firm date to plan around.',
  ])('fair: %s', clean);
  it.each([
    ['We will write to your guarantor and your bank about this debt.', 'publicity'],
    ['We will call you each hour until the money arrives.', 'frequency'],
    ['Should payment not arrive by 16 March, we will seek a warrant for your arrest.', 'threats'],
    ['We will finish you and your little business.', 'threats'],
    ['Pay by Friday or else a visit from our team.', 'coercion'],
  ])('flagged: %s', flags);
});

describe('572. a negated subject after a fronted phrase ("under state law no creditor can …"), never the absence of a payment, nor a hindrance denied', () => {
  it.each([
    "Under state law no creditor can garnish wages without a court judgment, and this is your company's debt, not yours personally.",
    'In any event, no notice will go up on our Facebook page.',
    'At this stage nobody from our firm will visit your premises.',
    'No member of our team will, at any point, turn up at your premises or your home.',
  ])('fair: %s', clean);
  it.each([
    ['Under state law no creditor can stop us garnishing your wages.', 'threats'],
    ['Under our terms no payment by Friday will see our men at your yard.', 'threats'],
    ['No bank transfer from you by Friday will bring our men to your yard.', 'threats'],
  ])('flagged: %s', flags);
});

describe('573. the law stated correctly after "please be aware that" or "we note that"; "failing to pay" as a subject, no condition', () => {
  it.each([
    'Please be aware that failing to pay a commercial invoice is not a criminal offence.',
    'Please understand that non-payment of a commercial invoice is not a criminal matter in Scotland.',
    'We note that this is not a criminal matter.',
  ])('fair: %s', clean);
  it.each([
    ['We note that keeping goods you have not paid for is theft.', 'threats'],
    ['Please be aware that failing to pay for goods you ordered is fraud.', 'threats'],
    ["If you have not paid by Friday, we'll be letting Harcourt Homes know that you don't pay your subcontractors.", 'publicity'],
    ['Failing payment by Friday, our bailiffs will call.', 'threats'],
    ['We will not hesitate to say that this is theft.', 'threats'],
  ])('flagged: %s', flags);
});

describe('574. payments matched every hour are the system at work, not contact', () => {
  it.each(["Payments are matched every hour; you'll get a receipt once the invoice is paid."])('fair: %s', clean);
  it.each([
    ['We will call you every hour until the money is matched.', 'frequency'],
    ['Our driver will pass your window every hour until you pay.', 'frequency'],
  ])('flagged: %s', flags);
});

describe('575. a review\'s attacks on this session\'s readings: a denial limited or excepted, a verb that is no step, thoughts and contrasts after "that", and exceptions narrowed', () => {
  it.each([
    'No notice will go up in our trade counter window or on our Facebook page, and other brewers will not be told.',
    'Under state law no creditor can garnish wages without a court judgment.',
    'Please bear in mind that non-payment of a trade invoice is not a criminal offence.',
    'Please be advised that non-payment is not a criminal offence in New South Wales.',
    'You referred to us as con artists in your email; we\'d rather sort this out calmly.',
    'Your email called our company a scam and our staff liars; we have attached the signed order.',
    'Please pay the balance, or else explain which invoices you dispute.',
    'We now write to you in your capacity as guarantor, asking for payment of the balance.',
  ])('fair: %s', clean);
  it.each([
    ['No notice will go up on our Facebook page until you pay.', 'publicity'],
    ['No notice will go up in our window or on our Facebook page until Friday, after which it will.', 'publicity'],
    ['No mention of your debt will appear on our Facebook page until the money is in.', 'publicity'],
    ['No notice will go up in the trade press, only on our Facebook page.', 'publicity'],
    ['Nobody will be at your door on Monday other than our bailiffs.', 'threats'],
    ['No one will come to your house without our enforcement officers.', 'false-authority'],
    ['No part of your stock will be safe from our bailiffs.', 'threats'],
    ['Nothing in your warehouse will be safe from our enforcement officers.', 'false-authority'],
    ['No asset of yours will be beyond the reach of our bailiffs.', 'threats'],
    ['No one will be surprised to see our bailiffs at your door on Monday.', 'threats'],
    ['No neighbour of yours will miss the sight of our bailiffs outside your house.', 'threats'],
    ['No court in the land will hear your excuses over the sound of our bailiffs at the door.', 'threats'],
    ['No supplier of yours will miss our post about you on Facebook.', 'publicity'],
    ['No answer by Friday will see our bailiffs at your door.', 'threats'],
    ['No remittance by Friday will see your name on our Facebook page.', 'publicity'],
    ['No response by Monday will see your name on our Facebook page.', 'publicity'],
    ['Under the Act no debtor can hide from our bailiffs.', 'threats'],
    ['We note that you did not think this was theft, but it is.', 'threats'],
    ['We accept that you never thought this was fraud, but it is.', 'threats'],
    ['We will finish destroying your business by Christmas.', 'threats'],
    ['We will finish putting you out of business.', 'threats'],
    ['When your vessel next docks in Mumbai we will have your captain and crew arrested.', 'threats'],
    ['The moment your ship enters Singapore waters, we will have you arrested.', 'threats'],
    ['Your vessel is not the only thing that can be arrested; so can you.', 'threats'],
    ['Call me blunt, but you\'re a clown and a muppet.', 'abuse'],
    ['You called us cowboys; you\'re the muppets and clowns here.', 'abuse'],
    ['Pay by Friday or else make your peace with losing the business.', 'coercion'],
    ['Pay now, or else a plan B that you won\'t enjoy.', 'coercion'],
    ['Pay in full, or else an arrangement we choose, at a rate you won\'t like.', 'coercion'],
    ['Pay within 7 days or else to give up the keys to your premises.', 'coercion'],
    ['Until it\'s allocated we call you every hour, day and night.', 'frequency'],
    ['Until the payment is matched we\'ll phone every hour.', 'frequency'],
    ['We will ring you each hour, charged at £25 a call, until you pay.', 'frequency'],
    ['Our agents will ring your mobile every hour worked until this is paid.', 'frequency'],
    ['Your phone will ring till it\'s answered morning, noon and night.', 'frequency'],
    ['We will be writing to you as guarantor and to your neighbours about this debt.', 'publicity'],
    ['We will report you to the Companies House register.', 'false-authority'],
    ['We have reported your non-payment to Companies House records.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    ['Dear Mr Patel,\n\nDELIVERED BY HAND - PAY TODAY OR LOSE EVERYTHING\n\nYour account remains unpaid.', 'shouting'],
    ['Dear Mr Patel,\n\nSCHEDULED FOR SEIZURE ON MONDAY - PAY NOW\n\nYour account remains unpaid.', 'shouting'],
    ['Dear Mr Patel,\n\nSENT WITH NO MORE PATIENCE LEFT\n\nYour account remains unpaid.', 'shouting'],
    ['Dear Mr Patel,\n\nDEBTOR ACT IMMEDIATELY OR FACE COURT\n\nYour account remains unpaid.', 'shouting'],
    ['Dear Mr Patel,\n\nPOSTED ON FACEBOOK FOR ALL TO SEE\n\nYour account remains unpaid.', 'shouting'],
  ])('a line in capitals still shouts: %s', flags);
  it.each([
    'Dear Sirs,\n\nSERVED ON THE COMPANY AT ITS REGISTERED OFFICE\n\nTo the Directors, Kestrel Joinery Ltd',
  ])('a service caption: %s', clean);
});

describe('576. a second review of the mends: a denial limited by a time, a condition or an exception, a gerund\'s own "not", service captions with pronouns or a colon', () => {
  it.each([
    'We ask you to pay the balance, or else to contact us to agree a payment plan.',
    'Please pay the balance by Friday, or else make us an offer we can consider.',
    'Please settle the invoice, or else propose a payment plan.',
    'Please pay the invoice or else reach out to us to discuss it.',
    'Could you send the money, or else a proposal for instalments?',
    'You will get an itemised breakdown with each hour billed.',
    'We\'ve finished examining the invoices you queried and found one error, which we have credited.',
    'No notice will go up in our trade counter window or on our Facebook page, and other brewers will not be told.',
    'Should payment not arrive by 16 March, our clients may start in rem proceedings against the ship and seek a warrant for her arrest the next time she is in Singapore waters.',
  ])('fair: %s', clean);
  it.each([
    ['No notice will go up on our Facebook page for the time being.', 'publicity'],
    ['No notice will go up on our Facebook page for the moment.', 'publicity'],
    ['No notice will go up on our Facebook page at present.', 'publicity'],
    ['No notice will go up on our Facebook page for another week.', 'publicity'],
    ['No notice will go up on our Facebook page this side of Christmas.', 'publicity'],
    ['No notice will go up on our Facebook page before Friday.', 'publicity'],
    ['No post will go up on our Facebook page before Friday, when it will.', 'publicity'],
    ['No notice will go up on our Facebook page so long as you pay by Friday.', 'publicity'],
    ['No notice will go up on our Facebook page provided you pay by Friday.', 'publicity'],
    ['No notice will go up on our Facebook page as long as the money arrives by Friday.', 'publicity'],
    ['No notice will go up on our Facebook page while we wait for your payment.', 'publicity'],
    ['No notice will go up on our Facebook page, at least not this week.', 'publicity'],
    ['No notice will go up anywhere apart from our Facebook page and the trade press.', 'publicity'],
    ['No notice about your debt will appear anywhere beyond our Facebook page and the local paper.', 'publicity'],
    ['No notice will go up on our Facebook page today.', 'publicity'],
    ['Please be advised that not paying us is theft.', 'threats'],
    ['Rest assured that not paying us is theft.', 'threats'],
    ['Please note that not paying us is theft.', 'threats'],
    ['Pay by Friday or else explain to your wife why the house is gone.', 'coercion'],
    ['Your ship will be arrested, and so will you.', 'threats'],
    ['Your vessel will be arrested, and your directors along with it.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Dear Sirs,\n\nSERVED ON YOU BECAUSE YOU REFUSE TO PAY\n\nTo the Directors, Kestrel Joinery Ltd',
    'Dear Sirs,\n\nSENT TO YOUR CUSTOMERS, YOUR BANK AND THE LOCAL PAPER\n\nTo the Directors, Kestrel Joinery Ltd',
    'Dear Sirs,\n\nSENT ON MONDAY AND WE WILL KEEP SENDING UNTIL YOU PAY\n\nTo the Directors, Kestrel Joinery Ltd',
    'Dear Sirs,\n\nDELIVERED BY HAND: PAY TODAY OR LOSE EVERYTHING\n\nTo the Directors, Kestrel Joinery Ltd',
  ])('a line in capitals still shouts: %s', (text) => expect(rules(draft(text).errors)).toContain('shouting'));
  it.each([
    'Dear Sirs,\n\nSERVED IN ACCORDANCE WITH SECTION 123 OF THE INSOLVENCY ACT 1986\n\nTo the Directors, Kestrel Joinery Ltd',
    'Dear Sirs,\n\nSENT FOR THE ATTENTION OF THE DIRECTORS\n\nTo the Directors, Kestrel Joinery Ltd',
  ])('a service caption: %s', clean);
});

describe('577. a fronted phrase with an "of" phrase in it: "for the avoidance of doubt, no notice will go up …"', () => {
  it.each([
    'For the avoidance of doubt, no notice will go up on our Facebook page.',
    'For the avoidance of doubt, nothing will be published about this debt on our Facebook page or anywhere else.',
  ])('fair: %s', clean);
  it.each([['In view of the amount of your debt, nobody will stop us telling your suppliers.', 'publicity']])('flagged: %s', flags);
});

describe('578. a statute named in a fronted phrase, whatever the tagger makes of "Act": "under the Consumer Credit Act no one can …"', () => {
  it.each([
    'Under the Consumer Credit Act no one can take your goods without a court order.',
    'Under the Insolvency Act no creditor will seize your stock without a judgment.',
  ])('fair: %s', clean);
  it.each([
    ['Under the Act no one can stop us taking your goods without a court order.', 'misleading'],
    ['Under state law no creditor can stop us garnishing your wages.', 'threats'],
  ])('flagged: %s', flags);
});

describe('579. fresh sets 177-179 (coercion, misleading, indirect harm): requests refused as a rule, plans ruled out by name, reasons not to be heard again, a sit-in, a lender suggested, a crime likened', () => {
  it.each([
    ['Note to table: requests for instalments on these balances will be binned unread.', 'coercion'],
    ['Proposals to pay by instalments will be rejected.', 'coercion'],
    ['Applications for extra time will be turned down.', 'coercion'],
    ['Any proposal for a payment plan gets binned.', 'coercion'],
    ['Doyle Precast accepts this balance in a single payment only; no partial sum will be banked and no schedule will be considered.', 'coercion'],
    ['No payment schedule will be entertained.', 'coercion'],
    ["Where the money comes from is not something I'm prepared to listen to again.", 'coercion'],
    ['I am not willing to hear about your cash flow any more.', 'coercion'],
    ["I'll call into your reception and sit there, in front of whoever's coming and going, until someone in your office sorts a transfer.", 'threats'],
    ['To clear the balance promptly, we suggest drawing on your corporate credit card or approaching a moneylender.', 'coercion'],
    ['In this state a business check that bounces is handled the same way as shoplifting.', 'threats'],
    ['Not paying for goods you have received is no different from shoplifting.', 'threats'],
    ['Keeping our stock without paying is the same as stealing it.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Your request for instalments was declined because the account is already on stop.',
    'Requests for instalments will be considered on their merits.',
    'Requests for instalments are never ignored: we answer each within two working days.',
    'Requests for payment plans will not be refused without a conversation first.',
    'Proposals for instalments over twelve months are declined, but we can usually agree six.',
    'Offers of payment in instalments are rarely rejected when they clear the arrears within six months.',
    'Requests for copies of invoices will be answered within two working days.',
    'No payment schedule will be agreed until we have your management accounts.',
    'I am not prepared to let this drift: if the invoice is still open on 14 May, we will send a letter before action.',
    'Our driver will wait in your yard until the pallets are unloaded.',
    "I'll be in Galway Thursday and can call into your office to go through the invoice with you, if that suits.",
    'If you are thinking of approaching a moneylender to pay us, please talk to us first: we can agree instalments instead.',
    'We treat a returned cheque the same way as any other unpaid invoice: a reminder, then a call.',
    'A bounced cheque is not treated like theft; it is a civil debt, and we will ask for a replacement payment.',
  ])('fair: %s', clean);
});

describe('580. fresh sets 177-179, their near-misses and a story: a listing with an agency, a summons the customer may defend, another debtor\'s misfortune', () => {
  it.each([
    ["Our terms (clause 9) allow us to list an overdue account with Centrix after written notice; if it's still unpaid on 8 Nov we'll send that notice.", 'publicity'],
    ['For the avoidance of doubt, nothing can be attached without a court judgment, and if a summons were ever issued your company would have time to defend it.', 'false-authority'],
    ['A customer who did not pay on time had a fire at their warehouse, so we agreed a payment plan while they were insured.', 'coercion'],
  ])('fair: %s (no %s)', (text, rule) => expect(rules(draft(text).errors)).not.toContain(rule));
  it.each([
    'The last customer who didn\'t pay ended up in the small claims court, which cost them more than the invoice.',
  ])('fair: %s', clean);
  it.each([
    ["We will put up a listing with Kestrel Joinery's name on it saying they have not paid.", 'publicity'],
    ['Please find enclosed the summons; you have no time to defend it.', 'false-authority'],
    ['Some of the lads might drop in on Friday to see you about the money.', 'threats'],
    ['Last guy who strung us along like this had a fire at his warehouse about a month later. Terrible luck.', 'coercion'],
    ["The last customer who didn't pay us had his vans' windows smashed.", 'coercion'],
    ['A firm that refused to pay us last year had a run of bad luck with its lorries.', 'coercion'],
  ])('flagged: %s', flags);
});

describe('581. misleading law from the held-back sets: a dispute said to be out of time after days or hours, a stay or a rescue plan said to shelter the customer from its banks only', () => {
  it.each([
    ['The seven-day period for raising a dispute has expired, so the invoice can no longer be challenged.', 'misleading'],
    ['By law, any dispute raised more than seven days after delivery is barred.', 'misleading'],
    ['Queries must be raised within 48 hours of delivery; yours came too late and cannot be considered.', 'misleading'],
    ['Challenges to an invoice can only be raised within seven days of delivery; that period has now expired.', 'misleading'],
    ['The law allows an invoice to be challenged only within 7 days of delivery.', 'misleading'],
    ['The automatic stay only protects you from your banks, not from trade suppliers like us.', 'misleading'],
    ['Examinership shields a company from its banks only; suppliers can still sue and collect goods.', 'misleading'],
    ["Just so it's clear: the automatic stay is a shield against banks and other lenders; suppliers such as Pacific Pallet aren't covered by it.", 'misleading'],
    ['Since our vote was cast against the CVA your company proposed, we are not bound by it.', 'misleading'],
    ["The shelter an examinership gives is against the company's banks and nobody else.", 'misleading'],
    ['Your CVA cannot go ahead without our agreement and would not bind us even if approved.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Our terms ask you to raise any dispute within 30 days, but we will still look at a query raised later.',
    'The seven-day period for returning unwanted stock has passed, so we cannot take the pallets back for credit.',
    'Any dispute raised more than 30 days after delivery is barred under clause 8 of the terms you signed.',
    'Under clause 7 of your terms, disputes can only be raised within 14 days of delivery, and yours was raised on day 3, so we are looking into it.',
    'Please raise any query within 7 days of receipt so that we can look into it while the delivery is fresh.',
    'Any complaint received after 14 days will be looked at by our quality team within five working days.',
    'The automatic stay stops us from collecting this invoice while the Chapter 11 case is open, so we will file a proof of claim.',
    'The moratorium does not stop us from asking the monitor about the plan.',
    'The moratorium protects your company from its creditors, including us, so we are not able to chase this invoice until it ends.',
    'The CVA cannot go ahead without the approval of 75% of creditors by value.',
    'Although we voted against the CVA, it was approved and we are bound by it; we will claim through the supervisor.',
  ])('fair: %s', clean);
});

describe('582. near-misses of the fresh sets 180-182: where the customer\'s things are, known for an errand it asked for; "crush" as a noun', () => {
  it.each([
    'We know where your units park overnight at the Righead yard, and as you asked, our driver will drop your empty trailer back there on Friday.',
    'My colleagues know where your site in Midrand is and can collect the unused cement for credit if that helps.',
    "About the crush damage you mentioned on the phone: send me photos by Oct 31 and I'll hold that part of the invoice.",
  ])('fair: %s', clean);
  it.each([
    ['We know where your units park overnight at the Righead yard.', 'coercion'],
    ['My colleagues know where your site in Midrand is, and they know where your kids go to school.', 'threats'],
    ['We will crush you and your little company.', 'threats'],
  ])('flagged: %s', flags);
});

describe('583. fresh sets 180-182: the reason given to third parties, paid out of what they owe the customer, a hearing vacated on payment, whatever else of the customer\'s collected, insults by idiom', () => {
  it.each([
    ['Should your balance remain unpaid on 14 June, their buyers will be given the full reason the joint pack runs for your lines are delayed.', 'publicity'],
    ["We'll be sending a copy to Harbour Hotels' project manager on Monday and asking them to pay us directly out of what they owe you.", 'coercion'],
    ['Your case is listed for hearing at Birmingham County Court on 14 May at 10am. To have it vacated, pay in full by 12 May.', 'false-authority'],
    ['Our yard crew will be out Thursday to pick up the excavator, along with whatever else of yours is on site until the balance is covered.', 'threats'],
    ['Is this how jokers run a company?', 'abuse'],
    ['Genuinely impressive that a "growth agency" can\'t grow a single functioning AP brain cell between you.', 'abuse'],
    ["Look, whoever's running your books couldn't find their own backside with a torch.", 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'Our yard crew will be out Thursday to pick up the excavator you have finished with, and anything else of ours still on site.',
    "I couldn't find the invoice in your portal; could you resend the link?",
    'If the claim is settled before the hearing, we will tell the court and ask for the hearing to be vacated.',
    'If you\'d like us to, we can send a copy of the valuation to the project manager so they can check the figures.',
    'We were jokers to send it to the old address, sorry.',
  ])('fair: %s', clean);
});

describe('584. a relative who answered for the customer, a service\'s own frequency, a place\'s name in a subject line', () => {
  it.each([
    "Mary sent you a statement on 7 March and I rang on the 12th and spoke to your brother, who said you'd look at it over the weekend.",
    'I spoke to your wife Marian on 12 May, who said you would ring me.',
    'Statements went to you on 7 March, and I spoke to your son on 23 April, when he said a cheque would follow.',
    "I'm calling about our invoices for July and August nightly cleaning, numbers 20877-07 and 20877-08, total $3,600.",
    "We'll keep up the daily deliveries to your kitchen while you sort the invoice.",
    'Dear Mr Naidoo,\n\nRE: SHOP 12, UMHLANGA CROSSING – ARREARS R63,250.00\n\nWe refer to the arrears on your lease.',
  ])('fair: %s', clean);
  it.each([
    ['I spoke to your wife, who said she had no idea you owed us £5,000.', 'publicity'],
    ['I spoke to your son and told him about your unpaid invoices.', 'publicity'],
    ['We will call you nightly until this is paid.', 'frequency'],
    ['Expect daily calls and visits until the balance clears.', 'frequency'],
    ['Dear Mr Naidoo,\n\nRE: YOUR COMPANY IGNORING US\n\nWe refer to the arrears on your lease.', 'shouting'],
  ])('flagged: %s', flags);
});

describe('585. enforcement with no right to it, from the fresh set 183: a machine locked until paid, money taken from the customer\'s account, other goods taken and held, its customers told to pay the sender, a boat put up for sale online', () => {
  it.each([
    ['Should payment not arrive by August 12, its spindle will be placed in service-lock remotely until the account is current.', 'threats'],
    ['Absent payment by 3 July, the sum will be recovered directly from that account, together with statutory compensation of £70.', 'threats'],
    ['We will take the balance straight out of your bank account on Friday.', 'threats'],
    ['When our agents attend your shop to inspect the leased unit, they will also remove the two other compressors in your bay, which will be held by us against the arrears.', 'threats'],
    ['If the balance is not paid by September 17, we will notify those customers that payments owed to Salas Fresh Foods are to be made to Keystone until our invoices are satisfied.', 'coercion'],
    ["If BY-3320 isn't paid by 30 Nov she goes on Gumtree the following week and we'll take what we can get for her.", 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Your support contract has lapsed, so remote updates will stop on 20 June; the licence itself is yours and will keep working.',
    'Under the direct debit mandate you signed on 3 March, the instalment of £400 will be collected from your account on 1 July.',
    'The instalment will be collected from your account on the 1st under the pre-authorized debit agreement.',
    'We cannot take money from your bank account without a court order, so please pay by transfer.',
    'The £40 fee wrongly taken from your account has been refunded.',
    'If you prefer, you can pay by card and the amount will be taken from your account the same day.',
    'Please take advice from your accountant or solicitor before signing; there is no rush to sign today.',
    'Our agents will collect the leased compressor on 26 June, when the lease ends, as clause 14 allows.',
    "If you'd like to sell the boat yourself, Gumtree or a broker would be the usual route, and we can hold her on the hardstand meanwhile.",
  ])('fair: %s', clean);
});

describe('586. fresh sets 183-185: ownership or a lien said to arise by law, goods taken to the value owed, a public body\'s status or inquiry claimed, numbers reissued, a hold lifted only with an exclusive agreement, a notice of the balance displayed', () => {
  it.each([
    ['As you will know, under the Sale of Goods Act a supplier keeps ownership of goods until they have been paid for, so the racking remains our property.', 'misleading'],
    ["FYI per Texas law a seller can reclaim goods delivered on credit any time the buyer doesn't pay.", 'misleading'],
    ['Please be advised that under New Hampshire law, a trade invoice unpaid after 90 days attaches as a lien to the debtor\'s business assets.', 'misleading'],
    ['We are entitled to recover the debt and our costs by taking goods from your premises to the value owed, without further proceedings.', 'threats'],
    ["A copy of this notice has gone to the Insolvency Service, who will be opening an inquiry into the conduct of Marlowe Events' directors.", 'false-authority'],
    ['Pacific Crest is a provincial agency acting under the Business Practices and Consumer Protection Act, and this matter is now being handled at the provincial level.', 'false-authority'],
    ['Should the balance not be cleared by 7 June, every line comes off that afternoon and your numbers will go back into our pool to be reissued to other customers.', 'threats'],
    ['The hold comes off when the $6,915.50 is paid and your group signs the enclosed two-year exclusive supply agreement.', 'coercion'],
    ["With effect from 18 November, a notice of your firm's overdue balance will be displayed at the dispatch counter of our Hamilton depot.", 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Under the retention of title clause in our terms, we keep ownership of the racking until it is paid for.',
    'Under the Sale of Goods Act, ownership passed to you on delivery, so the racking is yours; we are simply asking for payment.',
    'We are a private collection agency, not a government body, and we act for Harbour Glass.',
    "The Insolvency Service will open an inquiry into the directors' conduct only if the company goes into liquidation, and that is a matter for the liquidator.",
    'If you cancel, you can take your numbers with you to another provider; we will not reissue them to other customers for 90 days.',
    'No notice of your overdue balance will be displayed anywhere; this stays between us.',
  ])('fair: %s', (text) => expect(rules(draft(text).errors).filter((r) => r !== 'escalation')).toEqual([]));
});

describe('587. a writ executed by the sheriff\'s office named in a relative clause; money taken "directly" from the customer\'s account, not any payment leaving it', () => {
  it.each([
    "On March 28 the County Court at Law No. 3, Bexar County, entered final judgment for this sum plus costs (Cause No. 2024CV01187).\n\nThe court clerk issued a writ of execution on April 12 and delivered it to the Bexar County Sheriff's Office, which may levy on non-exempt property under that writ.",
    'The payment will be taken from your account on the 1st of each month, as you asked.',
    'The late fee of £40 has been removed from your account.',
    'Copies can be collected from your accounts team on Monday.',
  ])('fair: %s', clean);
  it.each([
    ['Our bailiffs, who may levy on your stock, will attend on Monday.', 'threats'],
    ["The court clerk delivered the writ to the Sheriff's Office, which may levy on non-exempt property under that writ.", 'threats'],
  ])('flagged: %s', flags);
});

describe('588. a dispute not to be discussed until the customer pays, the payment named first', () => {
  it.each([['Until you pay, your complaint is not something we will consider.', 'coercion']])('flagged: %s', flags);
  it.each([
    'The engineer visits on Tuesday; until then, the warranty question is not something we can review properly.',
    "I'd suggest you don't raise it again with the driver; email me instead and I'll look into it today.",
    "Until then, the quality question is something we'll be looking at with the grower, and I'll report back on Friday.",
  ])('fair: %s', clean);
});

describe('589. near-miss mirrors 186-188: a participle after a determiner, the customer\'s own post praised, food called grub, a charge disowned by a verb of saying; a third party said to owe the debt by law', () => {
  it.each([
    "Regarding invoices 3316-3319. The finished tooling you've already paid for will be delivered as scheduled.",
    'Saw your LinkedIn post about the new warehouse, congratulations.',
    'And bring the grub for smoko Friday, ha.',
    'I am sure this is a mix-up, and I do not suggest your team is incompetent or dishonest.',
  ])('fair: %s', (text) => expect(rules(draft(text).errors).filter((r) => r !== 'equality')).toEqual([]));
  it.each([
    ["We will finish you off if you don't pay.", 'threats'],
    ["We'll share your details on LinkedIn if this isn't paid.", 'publicity'],
    ['We will post about your unpaid invoices on your Facebook page.', 'publicity'],
    ['I have told your suppliers that you have not paid us.', 'publicity'],
    ['Your customers and landlord will hear about the £3,900 you owe us.', 'publicity'],
    ["You're a grub and a bludger.", 'abuse'],
    ['Your team is incompetent or dishonest.', 'abuse'],
    ['As your company has not paid invoice 3318, we have been told that your public liability insurer is legally obliged to pay us in your place.', 'misleading'],
  ])('flagged: %s', flags);
});

describe('590. "no need to" over a list of the customer\'s own steps; the customer\'s offer of security thanked for and declined', () => {
  it.each([
    'No need to take a loan, sell the bakkie or ask your in-laws. R48,000 can come in three instalments.',
    "Thanks for offering to sign over the Hilux as security, but we don't require that.",
  ])('fair: %s', clean);
  it.each([
    ['No need to call back, we will tell your customers about the debt on Monday.', 'publicity'],
    ['Sell the bakkie or ask your in-laws for the money.', 'coercion'],
    ['Thanks for offering to sign over the Hilux as security; please bring the logbook by Friday or we cancel the plan.', 'coercion'],
  ])('flagged: %s', flags);
});

describe('591. a review of the session\'s rule data, mended: exceptions that excused a threat after them, and new patterns read too widely', () => {
  it.each([
    ['Your suppliers will hear nothing from us if you pay today; otherwise they will hear everything.', 'publicity'],
    ['Your bank will learn nothing of this if you pay today.', 'publicity'],
    ["We have been told your wife runs the cafe on King Street; maybe we'll pop in and let her know what you owe.", 'publicity'],
    ['I spoke to your wife, who said you would pay, and I told her everything about your debts.', 'publicity'],
    ['We know where your warehouse is; if you want it still standing next month, pay.', 'threats'],
    ['We know where your trucks park at night, if you would like to keep them in one piece pay by Friday.', 'coercion'],
    ["Our lads will drop in the Friday order and won't be leaving without cash, if you get my meaning.", 'threats'],
    ['Some of the boys will drop in the order and have a chat about what you owe, if you get my drift.', 'threats'],
    ['RE: INVOICE 4410 – YOUR ACCOUNTS TEAM STALLING\n\nDear Mr Naidoo,', 'shouting'],
    ['RE: SMITH BUILDERS SWINDLING\n\nDear Mr Smith,', 'shouting'],
    ['SUBJECT: YOUR BOOKKEEPER LYING\n\nDear Mr Smith,', 'shouting'],
  ])('flagged: %s', flags);
  it.each([
    'The list of your unpaid invoices is shown below, with the amounts and due dates.',
    'A note of your outstanding balance is shown on the statement attached, page 2.',
    'A notice of your overdue balance will be posted to your registered office by recorded delivery on Monday.',
    'No schedule will be considered final until you have signed it; the draft attached is for your comments.',
    'No partial sum will be banked until we have confirmed your new account details, to protect you from fraud.',
    'Applications for an extension are declined by our credit insurer, not by us, when they exceed 90 days, so we will keep yours under 90.',
    "I'm not prepared to listen to the recording again; I accept your account of the call, and we will waive the fee.",
    'We strongly suggest you avoid approaching a payday lender to pay us; a plan with us costs you nothing.',
    'Your office manager asked our driver to wait there until the payment cleared, so he did, and left at 3pm.',
    'A client who did not pay for three months had a break-in at their shop, and we only found out later; please tell us early if anything like that happens.',
    'Your insurer treats the break-in at your depot the same as a burglary claim, so the stock loss should be covered.',
    'Now that the court has entered judgment, the amount can no longer be disputed in these proceedings, though you may appeal within 21 days.',
    "Warranty claims can only be raised within 12 months of installation, as the manufacturer's warranty card sets out.",
    'Insurance claims for transit damage can only be lodged within 7 days of delivery with the carrier, so please photograph the pallets today.',
    'The CVA does not bind us for supplies made after it was approved, which is why we invoice those as normal.',
    'The stay of proceedings is against all creditors, not only the banks and lenders, so we have paused our claim.',
    'Your customers will be given the reason for the delay only if you ask us to tell them, and in the words you choose.',
    'We asked Harbour Hotels to pay us directly from what they owe you, as you instructed in your letter of 3 May.',
    'We have asked your letting agent to tell tenants that rent payments due to the landlord are to be made to the receiver appointed by the court.',
    'If you settle before the trial date, the case can be taken out of the list once we receive payment and file the consent order.',
    "We'll pick up our pallets on Thursday, along with anything of yours you'd like us to take to the tip, as you asked.",
    'The equipment we removed at the end of the hire will be kept in our yard until you collect it; it is yours and is not held against the balance.',
    'The repossessed trailer, taken under our retention of title clause, will be held against the balance until the sale, and any surplus paid to you.',
    "Your old van goes on Gumtree next week, you said; once it's sold, the balance back to us would be ideal, but there's no rush.",
    'Once you sign the mandate form attached, the instalments will be taken directly from your account each month.',
    "If you'd prefer, I can send a Stripe link and the payment will be taken directly from your account once you authorise it.",
    'Numbers you have cancelled are reissued to other customers after 90 days, as our terms say, so please port them before then if you want them.',
    'The printer goes into lockout until the service invoice is approved by your engineer; that is a safety setting, and you can override it.',
    'The hold is lifted when the overdue $6,915 is paid; signing the exclusive supply agreement is not a condition.',
    'Under the Act, a seller keeps title only where the contract reserves it; ours does not, so the stock is yours.',
    'Until then, the quality question is not something we can look at without the samples, so please send them by Friday.',
    'Your insurer is legally obliged to pay us only if the policy covers the loss, so please send us the claim reference.',
    'Our client is a public body, the local council, and we collect its trade waste invoices.',
    'Companies House is a government agency; we have checked your filing history there, which is public.',
    "Our courier said he couldn't find his own feet in the fog at your depot this morning, so the delivery is late; sorry.",
    'It took every brain cell between the two of us to reconcile these statements, but the figures now agree.',
    'The fee for the Jokers comedy night booking on 12 May is still open.',
  ])('fair: %s', (text) => expect(rules(draft(text).errors).filter((r) => r !== 'equality' && r !== 'escalation')).toEqual([]));
});

describe('592. a second review, of the first review\'s mends, mended: conditions and third parties read too widely, and the new patterns\' words in other senses', () => {
  it.each([
    ["Requests for a payment plan will be ignored if you send them, so don't bother.", 'coercion'],
    ['Requests for more time will be ignored when they arrive.', 'coercion'],
    ['Part payments will be rejected if they arrive; we want the full £8,200 and nothing less.', 'coercion'],
    ['Requests for more time are refused by our bank as a matter of course, and by us too.', 'coercion'],
    ["Any request for an extension will be declined by our bank, and by us, so don't ask.", 'coercion'],
    ["Our team will take your van, and anything of yours you'd like us to remove too, to offset the balance.", 'threats'],
    ["We will auction your van, you said it's worth £8,000, and keep what you owe.", 'threats'],
    ["You jokers still haven't paid invoice 4410.", 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'The engineer visits on Tuesday; until then, the warranty question is not something we can review properly.',
    'When you notify your customers of your new bank details, tell them that payments due to you should go to the new account.',
    'You asked your client to pay us directly out of what they owe you, and we received it today; thank you.',
    'We can have the hearing adjourned once your payment clears, and we would then apply to the court by consent.',
    'Your tenant is a public body, so we have sent the invoice to its procurement team.',
    'We are a national service company with depots across the UK, and our terms are 30 days.',
    'The moratorium expired last month, so we are not bound by it any more and have written to you again.',
    "Your credit note can't be approved without my signature, so I will sign it today.",
    'Our system means invoices can only be raised within 90 days of the job, which is why you received ours now.',
    'Your complaint from 14 days ago is closed because we refunded you in full.',
    'A notice of your overdue balance is displayed in your customer portal, visible only to you.',
    'You asked us to speak to your accountant, so we called him and told him about the account balance.',
    'Our engineer will pick up the loan router, and anything else that belongs to you will be left in place.',
    'The controller drops into safe mode until your account manager re-enters the licence key after the update.',
    'The scaffold on your site can stay there until the balance is paid, at no extra hire charge.',
    'As agreed on the phone, the instalment will be taken directly from your account on Friday.',
    'Dear Mr Miller,\n\nRE: MILLERS HAULING – INVOICE 4410\n\nThank you for your order.',
  ])('fair: %s', (text) => expect(rules(draft(text).errors).filter((r) => r !== 'equality' && r !== 'escalation')).toEqual([]));
});

describe('593. a genuine claim stated with its court and its number, "case no." before a code with a hyphen; a report put together for the customer', () => {
  it.each([
    'You should know that on February 26 our attorneys filed a complaint against Ortega Landscape Management LLC in the Maricopa County Justice Courts, case no. CC2027-031188. A process server will serve the summons at your business address.',
    'Our attorneys filed a complaint in the Franklin County Court, case no. CC2027-031188. A process server will serve the summons at your business address.',
    "Our ops manager has put together a fairly detailed review of your autoclave's service history; it's attached for your records.",
  ])('fair: %s', clean);
  it.each([
    ['A process server will serve the summons at your business address.', 'false-authority'],
    ['We will write a review of your company on Google and Trustpilot.', 'publicity'],
    ['Our manager has put together a review of your business for our blog.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('594. what the customer owns or needs released only once paid, in any words; the sender\'s claim put before the customer\'s others; the customer\'s rights and the law misstated; sneers, guilt and a name shown among those cut off', () => {
  it.each([
    ["I appreciate it's your tenant. Those will be released the day the balance clears, not before.", 'coercion'],
    ['The admin password and the mailbox export will be handed over the day your account is square.', 'coercion'],
    ['Repository access will be provided only after invoice 118 is cleared.', 'coercion'],
    ['The reference goes out the day the account is square.', 'coercion'],
    ['You asked for your original purchase ledgers. They will be handed across once 2291 is cleared.', 'coercion'],
    ['We have to use what leverage we have.', 'coercion'],
    ['Whatever lands from them goes straight to us first, before SARS, before your paper merchant, before anyone.', 'coercion'],
    ['Our invoice comes before your rent and your wages this month.', 'coercion'],
    ['Please sign and return the revised agreement first. Once we have the signed copy, then we can discuss the outstanding and timing.', 'coercion'],
    ['We will discuss the overdue balance only after you have signed the new three-year supply agreement.', 'coercion'],
    ['Go ahead and sign with them and we will consider the matter closed.', 'coercion'],
    ['I need the full $48,312.40 wired before three o\'clock today. Not a partial, not Monday.', 'coercion'],
    ['Claims regarding the condition of goods are reviewed only on accounts that are fully up to date.', 'coercion'],
    ['You bought the compactor outright in October (paid, invoice NS-4410). Warranty work is suspended while any balance is open on your account.', 'coercion'],
    ['I hope you can sleep alright knowing that.', 'coercion'],
    ['Every day SC-2209 stays unpaid, there are children over there going without.', 'coercion'],
    ["Set-off isn't allowed under Canadian law even when we've agreed a credit.", 'misleading'],
    ["A bankruptcy filing doesn't pause a produce supplier's invoices, so we'll carry on collecting.", 'misleading'],
    ["Chapter 11 does not stop suppliers' invoices being collected.", 'misleading'],
    ['Once it is served the company has no defence available to it other than payment within 21 days.', 'misleading'],
    ['The courts in Hong Kong do not entertain a defence from a company that has let an invoice run beyond 60 days.', 'misleading'],
    ['Once a debt is assigned, the debtor has no further right to negotiate terms.', 'misleading'],
    ['Once a letter in this form has been received, the recipient is no longer entitled to any period to reply.', 'misleading'],
    ['Under the Uniform Commercial Code we are entitled to 18% annual interest on all past-due commercial accounts.', 'misleading'],
    ['Under Scots law, the judicial rate of 8% per annum runs on every unpaid trade invoice from its date of issue.', 'misleading'],
    ['The law requires the VAT to be paid over within 7 days of the invoice date regardless of any dispute on the net amount.', 'misleading'],
    ["A referral to a collection agency knocks 40 points off a company's Experian score on the day it is made.", 'misleading'],
    ['Kindly note a default listing is automatic after 60 days.', 'misleading'],
    ['The oak is coming back with them whether it has been paid for or not.', 'threats'],
    ['Our field staff will attend to remove the quad bike and trailer you purchased from us last year, and their value will be set against the balance.', 'threats'],
    ["I'd rather Pennine Interiors wasn't on that slide.", 'publicity'],
    ["If the account isn't current by then, your logo will appear on the screen among the accounts we've stopped extending terms to.", 'publicity'],
    ['This Registry has recorded an unpaid balance of RM 27,450.00. You are directed to settle the balance by 24 June.', 'false-authority'],
    ['Mate, my 8 year old keeps better books than your lot.', 'abuse'],
    ['Truly inspiring financial management, to fit out a second café while apparently being unable to find $2,300.', 'abuse'],
  ])('flagged: %s', flags);
  it.each([
    'Your order will be released once payment is received, as your account is on pro forma terms.',
    'New orders will be dispatched once the overdue balance is cleared.',
    'Work on milestone 5 will start once 118 is paid.',
    'Your 30-day credit will be restored once the account is up to date.',
    'Listings and reviews are restored once the account is up to date.',
    "It's your tenant and your data, so that was never going to wait on the invoice.",
    "We're not asking to jump ahead of SARS or your other suppliers.",
    'Please pay us before the end of the month.',
    'Once we have the signed instalment plan, we can set up the first payment.',
    'Set-off is allowed under our terms where we have agreed a credit note.',
    'If a petition has been filed, the automatic stay means we will stop collecting and file a claim instead.',
    'The filing does not change the due date of invoices issued after it.',
    'You would still be able to discuss payment terms with the agency.',
    'If you have no defence to the claim, please pay it.',
    'The court will hear both sides before it decides.',
    'Under our signed terms we charge 1.5% a month on past-due accounts.',
    'Once decree is granted, interest at the judicial rate will run on the sum in the decree.',
    'A referral does not by itself change your company\'s score.',
    'Listing is not automatic: we decide case by case and tell you first.',
    'Our driver will collect the pallets on Friday, whether or not the invoice has been paid, as they are ours under the hire agreement.',
    'Our field staff will collect the unused trailer you asked to return, and £2,150 will be credited against the balance.',
    "I'd rather the meeting wasn't on a Friday.",
    'Your logo will appear on the screen among our sponsors at the AGM, as agreed.',
    'Our instructions are simple enough to follow in a couple of minutes.',
    'My daughter started as an apprentice in our accounts team this month.',
    'Congratulations on opening the new Oak Park location.',
    'I hope you can sleep now that the move is done.',
    'A partial now is welcome if that helps.',
    'Warranty work is not affected by the rental balance.',
    'Our new portal lets you see which invoices are open on your account.',
    'The reference will remain open until payment is received.',
    'You asked for admin rights on your Instagram and Facebook pages, which we set up in your name; they were handed over this morning.',
  ])('fair: %s', clean);
});

describe('595. a review of §594 mended: exceptions that excused holding, posting or directing, and the new readings\' words in lawful senses', () => {
  it.each([
    ['The vetting certificates for your four supply staff will not be released until invoice 44 is paid in full, as our terms state.', 'coercion'],
    ['We will not release your employees\' payslips until every invoice is settled, as our contract allows.', 'coercion'],
    ['The certificates for the two jobs you\'ve already paid for stay with us until invoice 3318 is paid, as clause 9 permits.', 'coercion'],
    ['We manage your Facebook page, so we will post the overdue invoice on it for all your customers to see.', 'publicity'],
    ['We set up your Facebook page, and we will now publish the details of your debt on it.', 'publicity'],
    ['Per the order of the Debt Registry dated 10 January, you are hereby directed to deposit the amount within seven days.', 'false-authority'],
    ['By the judgment of the Magistrates Court of Lagos dated 2 June, proceedings were issued against you and you are directed to pay within 48 hours.', 'false-authority'],
    ['You asked us to collect the spare trailer; the oak is coming back with them too, whether it has been paid for or not.', 'threats'],
    ['Your consignment (paid in advance on 3 March) is at our godown. It will be released only when we receive the balance confirmation signed without alteration and six post-dated cheques.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Your refund will be issued once we have received the returned goods.',
    'Your membership certificate goes out the day your application is received.',
    "It's your data, of course. The mailbox export will be sent across as soon as your signed request is received.",
    "Your original purchase ledgers are safe with us. They will be returned once the audit is completed and the auditor's clearance received.",
    'Our unconditional lien waiver for this draw will be issued once your payment for this draw has cleared.',
    'The completion certificate will be issued once the final account is settled.',
    'Your certificate of conformity will be issued once the inspection fee is paid.',
    'We retain the shipping documents and release them on receipt of payment, as the letter of credit terms state.',
    'Once the plan is signed, we can discuss the timing of the first payment.',
    'When the dispute form is signed, we will review the invoices you have queried.',
    'If you are thinking of a cash advance, please be careful: some lenders offer to pay us directly, but you need independent advice.',
    'If you sign with Bluewave and their payment reaches us, the account will be settled and closed.',
    'You asked what to do with the old forklift. Sell it. We will happily buy it back at the price in the brochure.',
    'Not a partial refund; a full refund has been sent.',
    'We asked the bank to put us first before the other creditors in the security deed, as you agreed in the facility letter.',
    'Claims for loyalty rebates are accepted only on accounts that are up to date with the annual registration.',
    'I bet you\'ll sleep better knowing that the invoice is paid and done with.',
    'Your donation this Christmas means fewer children going without.',
    "Deductions from your staff's wages are not allowed under the Employment Rights Act 1996 without their written consent.",
    'Administration does not stop your invoices being paid in the ordinary course; the administrators have confirmed it.',
    'Filing for bankruptcy does not pause invoices issued after the filing date; those are administrative expenses.',
    'The automatic stay does not stop us invoicing you for deliveries made after the petition date.',
    'If there is no defence available to you, it may be cheaper to settle now; please take legal advice.',
    'You are not entitled to more time to reply than the 30 days in the pre-action protocol, but we will consider a request for more.',
    'The courts will not entertain a defence from a company that has admitted the debt in writing, so please check what you have signed.',
    'State law entitles us to 18 percent interest only where the contract says so; ours does not, so we charge none.',
    'The law requires VAT to be accounted for on the invoice date regardless of any dispute; if the invoice is reduced, we will issue a credit note.',
    'The judicial rate applies to the balance only once decree is granted.',
    'Late payment reporting will be mandatory for large companies from next year under the new regulations.',
    "Our referral programme takes 10 points off your next order's price tier.",
    'The hired scaffolding is coming back with our crew on Friday, whether it has been paid for or not, because the hire period has ended.',
    'At your request we will collect the generator you bought from us and its value will be credited against the balance.',
    'You asked whether we could take back the pallets you bought from us; if so, their value will be set against the balance.',
    "I'd rather the training session wasn't on the slide deck this year.",
    "We'd prefer your logo was not on the list of sponsors this year.",
    'Once your new portal login is active, you are directed to pay via the Payments tab rather than by cheque.',
    'As per the order of the MSME Facilitation Council dated 10 January 2026 in case MSEFC/123, you are directed to pay the full amount with interest.',
    'Our new portal comes with a step-by-step guide a child could follow; please let us know if anything is unclear.',
    'Finding the right supplier can be difficult for a firm of your calibre, which is why we are grateful you chose us.',
    'Really impressive planning for the launch, especially while failing to find a venue until the last week; congratulations.',
  ])('fair: %s', clean);
});

describe('596. fresh sets 194-196: an enforcement division, notice or compliance unit of the creditor\'s own; a tax or permit office put onto the customer; the sheriff said to hold the file; a bank account frozen, terminals stopped at the busiest hour; part payments sent back, an overdraft stretched, a relative asked to have a word; a listing said to bar banking', () => {
  it.each([
    ['As nothing has come in, the account has been transferred from our sales ledger to our Recoveries & Enforcement Division, who will be deciding on next steps.', 'false-authority'],
    ['FINAL NOTICE PRIOR TO ENFORCEMENT. Enforcement Reference: ENF-24-00913-B.', 'false-authority'],
    ['This is Dana Kowalski calling from the Commercial Collections Compliance Unit regarding file MRP-5561.', 'false-authority'],
    ['Pls note complaint regd with GST Dept, Jurisdictional Officer Ward 7 will be in touch with you for verification of your ITC on this inv.', 'false-authority'],
    ["Pls be informed your account was endorsed to DTI Region VII and the Cebu City Business Permits Office for review of your mayor's permit renewal.", 'false-authority'],
    ["Heads up, the sheriff's office in Tullamore has the file since Monday and they'll be in touch about the next bit themselves.", 'false-authority'],
    ['Our credit reporting arm has lodged a default against your ABN.', 'false-authority'],
    ['Our finance director will be getting in touch with Lloyds to have your business account frozen while the balance is outstanding.', 'threats'],
    ['Should the balance still be open on April 14, the terminals at all three locations will stop accepting cards, and that will happen during lunch service.', 'threats'],
    ['Any part payment that turns up will be sent straight back to you.', 'coercion'],
    ['Might be worth a chat with your bank about stretching the overdraft, or popping it on the company credit card, whatever gets it done.', 'coercion'],
    ['Should we not hear from you by 21 March, I shall be asking your brother-in-law, who introduced our two companies, to have a word with you about it.', 'coercion'],
    ['Kindly take note that if this is reported to CTOS, the law bars any listed company from opening new bank accounts or renewing its facilities.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'The account has been passed to our credit control team, who will write to you by 26 May.',
    'This is not a notice of enforcement; no enforcement action has been taken.',
    'Our compliance team has checked the invoice against your purchase order.',
    'We have not complained to the GST department and will not; this is between our two firms.',
    'The judgment dated 3 May in case 2024/118 has been passed to the sheriff, who has the file and will be in touch.',
    'Our credit reporting agency, Equifax, has no record from us; we have not reported anything.',
    'The terminals stopped accepting cards during lunch service on Friday because of our outage; we are sorry.',
    'We are not asking you to extend your overdraft; a plan over three months is fine.',
    'Sorry to hear the bank has held up your overdraft. We would rather work with you than chase.',
    'Your brother-in-law introduced our two companies, and we are grateful for it.',
    "A CTOS listing can make it harder to obtain credit, and we report only after 30 days' written notice.",
  ])('fair: %s', clean);
});

describe('597. a second review mended: a rate said to be the law\'s "only if" any condition; enforcement named by a court, a council, a security or another business line; files the law sends; the customer\'s own credit and plans', () => {
  it.each([
    ['State law entitles us to 18 percent interest only if the invoice is overdue, and yours is, so it is being added today.', 'misleading'],
    ['The Commercial Code entitles us to 24 percent interest only because you paid late.', 'misleading'],
    ['As agreed by our directors, we will remove the equipment you purchased and its value will be set against the balance.', 'threats'],
    ['Should we not hear from you by 21 March, I shall be asking your brother-in-law, Mr Tan Boon Hock, who introduced our two companies, to have a word with you about it.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Our Parking Enforcement Division manages car parks for councils; this letter is only about our unpaid signage invoice.',
    "We are required to give you 14 days' notice before enforcement of the security under the general security agreement.",
    "The council's enforcement reference is on the parking notice you forwarded; that fine is separate from our invoice.",
    'The court has given the judgment an enforcement number, 2024/EN/118, which you can quote to the court office.',
    'We have had an email from the food safety compliance unit at your local council confirming the inspection went well.',
    "I'm calling from the accounts recoveries unit at Hargreaves Ltd about invoice 4410, which is 30 days overdue.",
    'We use Equifax as our credit reporting service; we have not reported your account and have no plans to.',
    'Like most lenders, our credit reference department checks each new applicant before opening an account.',
    'The e-invoice file was sent to the tax authority automatically, as the law requires for every invoice we issue.',
    'Your case was referred to the labour department by your own staff, not by us; we have no part in it.',
    "We understand a sheriff has the file on another creditor's judgment against you; our invoice is separate and we will wait.",
    'The sheriff\'s office has the papers from the county court judgment of 12 March and will contact you about payment.',
    'We can extend the credit line on your trade account to $20,000 if that helps over the winter.',
    'Congratulations on getting the bank to extend the facility for the new store.',
    'If it is easier, get your wife, who does the books, to speak to you about the plan first and then call us.',
  ])('fair: %s', clean);
});

describe('598. fresh sets 197-199: a dispute heard "once, and only once" paid, or opened only once settled; a release or talks conditional on the customer\'s claim withdrawn; reasons filed unread; a regulator asked to review the licence', () => {
  it.each([
    ['Our position is straightforward: the company will review those charges once, and only once, the balance has been paid in full.', 'coercion'],
    ['Under our billing process, a dispute ticket is opened once the invoice in question has been settled in full.', 'coercion'],
    ['Letters about trading conditions or cash flow will be filed unread.', 'coercion'],
    ['Its release is, however, conditional on written confirmation from your company that the query of 4 March is withdrawn.', 'coercion'],
    ['Before any further discussion of payment terms takes place, your company must confirm in writing that it withdraws the counter-claim and accepts that it has no basis.', 'coercion'],
    ['With respect, the timing of your receipts is a matter for your business and not one we are prepared to take into account.', 'coercion'],
    ['If unpaid, we will ask the state drug control authority to review your licence.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'We will review the charges once the proof of delivery arrives, and reply by 25 April.',
    'A dispute ticket is opened as soon as you submit the form; the disputed invoice is put on hold meanwhile.',
    'Please pay the undisputed invoice; the disputed one is on hold while we check.',
    'Letters are filed in our document system and answered within five days.',
    'Until the audit is complete, we will not be discussing the budget with your team, as agreed with your CFO.',
    'Release is conditional on the customs clearance being completed.',
    'Before any further discussion, please send the delivery photos so we can assess the counter-claim.',
    'Part payments are welcome and will be credited to the oldest invoice.',
    "I'm not going to go into options on the phone; I'll email you three instalment plans today.",
    'Your shipment will be released once we receive the signed delivery schedule.',
    'The state drug control authority reviews every licence each year; that is separate from our invoice.',
  ])('fair: %s', clean);
});

describe('599. a review of §598 mended: the new readings\' words in lawful senses, and a page said to be free of debts only on a condition', () => {
  it.each([
    ['We have a Facebook page, and your invoice will not be posted there unless you pay by Friday.', 'publicity'],
    ['Our Facebook group has 4,000 local traders; your company\'s name will not be posted there if the balance is cleared today.', 'publicity'],
    ['Your letters about cash flow will be filed unread.', 'coercion'],
    ['Emails citing hardship are filed unread.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We will review the charges once, and only once, we have received the signed delivery notes from your warehouse.',
    'Claims for the cashback are accepted once the qualifying invoice has been paid in full.',
    'Thank you, the balance has been settled in full, the disputed one included, and nothing more is owed.',
    'Until then, correspondence will not be answered, as our office is closed for the Christmas holidays.',
    'Until your new price list is received, we will not be discussing any further orders with your buyers.',
    "The retention release is conditional on the building owner's snag complaints being closed, as the main contract provides.",
    'Before the talks on Monday, we have decided to withdraw our claim for late-payment interest.',
    'You overpaid; the part amounts you sent in error will be sent back to you this week.',
    'Any part payments that exceed the balance will be sent straight back to you by bank transfer.',
    'Letters about marketing offers or spam will be filed unread.',
    'Your question about the refund is a matter for your business and not one our bank can answer.',
    "Your credit note has cleared everything, so I'm not going to go into options; there is nothing to pay.",
    'We will ship your order only once we have the signed new credit terms, which every customer signs when opening an account.',
    'At your request, we are writing to the council to review your licence transfer.',
    'You may wish to ask the regulator to review your permit before the renewal date.',
  ])('fair: %s', clean);
});

describe('600. a step ruled out as "no question of", within its own clause', () => {
  it.each([
    "The ovens were sold to you outright and they are yours, so there's no question of anyone coming round to take them back.",
    'There is no question of us contacting your bank or your customers about this.',
    "There's no question of sending anyone to your yard; we will write to you by 30 May.",
  ])('fair: %s', clean);
  it.each([
    ["The ovens were sold to you outright. There's no question of waiting any longer, so our lads will take them back on Friday.", 'threats'],
    ['The ovens were sold to you outright. There is no question of us leaving them with you; our lads will take them back on Monday.', 'threats'],
    ["There's no question of us letting this go; we will tell your customers you don't pay.", 'publicity'],
    ['No question of more time. Our men will be at your yard on Friday to take the oak back.', 'threats'],
  ])('flagged: %s', flags);
});

describe('601. a sentence that states only what is owed and by when is terms, not tone (lexicon payment-terms, the whole sentence)', () => {
  it.each([
    'Payment must be received in full by 21 November.',
    'The full amount must be paid within 7 days.',
    'Thank you for your order. Payment must be received in full by 21 November.',
    'Payment must be received in full by {{due_date}}.',
    'The outstanding balance must be paid in full within 14 days of this letter.',
    'Payment must be received in full by the 21st of November.',
    'The balance of £4,200 is due in full by 30 June 2027.',
  ])('fair: %s', clean);
  it.each([
    ['Payment must be received in full by Friday if you value your business.', 'coercion'],
    ['Payment must be received in full by Friday, or our lads will call round.', 'threats'],
    ['Payment must be received in full by Friday. I would hate for anything to happen to your vans.', 'threats'],
  ])('flagged: %s', flags);
});

describe('602. proceedings said to be filed by whoever acts for the sender, in any tense', () => {
  it.each([
    ['Our legal team has filed a lawsuit against you in the High Court.', 'false-authority'],
    ['We sued your company yesterday.', 'false-authority'],
    ['Our lawyers have commenced legal action against you.', 'false-authority'],
    ['Our credit department lodged a claim against you this morning.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'If the account is not paid by 30 May, our solicitors will issue a claim against your company.',
    'Our solicitors issued a claim against your company in the County Court Business Centre on 3 March (claim number K1QZ1234).',
    'We have not filed a lawsuit against you and do not intend to.',
    'Our lawyers have filed a claim against the carrier for the lost pallets.',
    'We will not sue you while the dispute is open.',
  ])('fair: %s', clean);
});

describe('603. a review of §601 and §602 mended: terms with words of harm inside them, and claims for the customer, against others or ended', () => {
  it.each([
    ['The amount for your cowboy work must be paid in full by Friday.', 'abuse'],
    ['The full balance on your last-chance account must be paid in full within 7 days.', 'tone'],
    ['The full amount of your overdue-again invoices must be paid in full within 7 days.', 'tone'],
    ['We have filed a claim against you and it will not be withdrawn until you pay.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'The balance on your account must be paid in full within 14 days.',
    'The amount for the goods must be paid in full by 30 June.',
    'We filed a warranty claim on your behalf with the manufacturer.',
    'Our solicitors have filed a claim on your behalf against the carrier.',
    'Our accounts team has initiated action on your credit note.',
    'We sued your former distributor in 2024 over the same faulty batch.',
    'Our solicitors filed a claim against your insurer last week, as you asked.',
    'Our lawyers filed a claim against you in error on 3 March; it has been withdrawn and you owe no costs.',
    'We filed a claim against you on 3 March but have now discontinued it, as the invoice has been paid.',
    'We filed a claim against you on 3 March; you paid on 5 March and we withdrew it the same day.',
    'In 2023 we filed a claim against you over invoice 1042, which you settled before the hearing.',
    'We sued you in 2019 and won; since then you have always paid on time, which we appreciate.',
    'We commenced arbitration proceedings against you under clause 18 of the supply agreement on 3 March.',
  ])('fair: %s', clean);
});

describe('604. payment demanded directly after the letter states an insolvency has begun', () => {
  it.each([
    ['We have received notice of your Chapter 11 filing. Nevertheless, please pay the outstanding balance of $4,250.00 on invoice INV-1042 by 21 December 2026.', 'misleading'],
    ['We note that your company has entered administration. Please settle your account by Friday.', 'misleading'],
    ['We have received notice of your Chapter 11 filing. Payment must be received in full by 21 December.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'We have received notice of your Chapter 11 filing. Please do not pay the outstanding balance to us; we will file a proof of claim with the trustee.',
    'We have received notice of the administration. The administrator will pay the balance to creditors as funds allow.',
    'We have received notice of your Chapter 11 filing. Please pay the invoice for goods delivered after 2 September on our normal terms.',
    'Please pay the outstanding balance by 21 December.',
    'You may, within ten days of receiving this notice, either tell us of any dispute or pay the debt.',
    'Our own haulier has gone into administration, so please pay the balance by bank transfer rather than through them.',
  ])('fair: %s', clean);
});

describe('605. curt menace after the terms: the clock\'s sound, and "don\'t test us"', () => {
  it.each([
    ['Payment must be received in full by Friday. Tick tock.', 'coercion'],
    ['Pay by Friday. Tick-tock.', 'coercion'],
    ["Payment must be received in full by Friday. Don't test us.", 'coercion'],
    ['Do not try us.', 'coercion'],
    ["Please don't test our patience.", 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    "Don't try to pay us by cheque; the bank no longer accepts them.",
    'The clock in reception is a tick-tock antique we restored for you last spring.',
    'We tested the new portal with your team; please try it and let us know how it works.',
  ])('fair: %s', clean);
});

describe('606. terms in more of the words staff write them: a time before the day, a weekday shortened, the due date, "your payment", "please"', () => {
  it.each([
    'Payment must be received in full by 21 November, please.',
    'Payment must be received in full by close of business on 21 November.',
    'Payment must be received in full by 5pm on Friday 21 November.',
    'Your payment must be received in full by 21 November.',
    'Payment must be received in full by Fri 21 November.',
    'Payment must be received in full by the due date.',
  ])('fair: %s', clean);
  it.each([
    ['Payment must be received in full by 5pm on Friday or our lads will call round.', 'threats'],
    ['Payment must be received in full by the due date, or else.', 'coercion'],
    ['Your payment must be received in full by the due date if you value your business.', 'coercion'],
  ])('flagged: %s', flags);
});

describe('607. a review of §604 and §605 mended: an office called administration, another firm\'s insolvency, supplies the estate pays, "try us" as "call us"', () => {
  it.each([
    'Please forward this to your accounts administration team. Please pay the outstanding balance of £4,250.00 on invoice INV-1042 by 21 November 2026.',
    'We have emailed the administrator of your supplier portal to ask for access. Please pay the outstanding balance by 21 November 2026.',
    "We are sorry to hear of your customer's liquidation. Please pay the outstanding balance by 21 November 2026.",
    "Your company has entered administration. Please pay invoice INV-2050 for the goods we delivered on 12 October, at the administrators' request, on our usual 30-day terms.",
    'Your company has entered administration. Please pay the invoice for post-appointment deliveries (INV-2050) on our usual terms.',
    'Your company has entered administration. Please pay the invoice for the goods we supplied to the administrators in October.',
    'We note that your company has entered liquidation. The amount should be paid by the liquidator from the estate, as any dividend is.',
    "Please don't try us on 0161 496 0000; call 0161 496 0001 instead.",
    "Don't test us on the new portal until your login arrives.",
    'Tick-tock wall clocks from order 5531 are listed on invoice INV-1042.',
  ])('fair: %s', clean);
  it.each([
    ['We understand you are now in administration. Nevertheless, please pay the outstanding balance by Friday.', 'misleading'],
  ])('flagged: %s', flags);
});

describe('608. a demand after the customer\'s insolvency in other words, an insolvency said to have ended, and curt tags', () => {
  it.each([
    ['We have received notice of your Chapter 11 filing. Nevertheless, please make payment of the outstanding $4,250.00 by Friday.', 'misleading'],
    ['We have received notice of your Chapter 11 filing. Nevertheless, please pay us $4,250.00 by Friday.', 'misleading'],
    ['We have received notice of your Chapter 11 filing. Nevertheless, please pay the pre-petition balance by Friday.', 'misleading'],
    ['We have received notice of your Chapter 11 filing. Nevertheless, please pay the two overdue invoices by Friday.', 'misleading'],
    ['We have received notice of your Chapter 11 filing. Nevertheless, we expect payment of the outstanding balance by Friday.', 'misleading'],
    ['We have received notice of your Chapter 11 filing. Nevertheless, you are still required to pay the outstanding balance.', 'misleading'],
    ['We have received notice of your Chapter 11 filing. The outstanding balance remains payable to us by Friday.', 'misleading'],
    ['We have received notice of your Chapter 11 filing. Nevertheless, please transfer the outstanding balance to our account.', 'misleading'],
    ["Pay by Friday. Don't push us.", 'coercion'],
    ["Pay by Friday. Don't even try us.", 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Your case was dismissed on 3 May, so the automatic stay has ended. Please pay the outstanding balance of $4,250.00 by 21 June 2026.',
    'Your company entered administration in March and exited administration on 1 June. Please pay the invoice for the June deliveries by 30 July.',
    'Please make payment of the outstanding balance by Friday.',
    'We expect payment of the invoice by Friday, as agreed.',
    'The balance remains payable to us by 30 June, as our terms provide.',
    'We have received notice of your Chapter 11 filing. Please do not make payment of the outstanding balance to us; we will file a proof of claim.',
    "Don't push us to deliver early; the driver's hours are fixed.",
  ])('fair: %s', clean);
});

describe('609. a line that labels the message under it ("SMS (sent from collections line):", "[Voicemail, 4:52pm]", "From: …") ends its sentence: the parser read the line break as a space, and the label\'s words were weighed with the message\'s first sentence; a verb of saying in parentheses reports only what they hold; kinds the split showed no rule named', () => {
  it.each([
    'SMS (sent from collections line):\n"REMINDER: $5,840 now overdue on invoice 2231. Please pay by 14 March or call us to agree a date."',
    'Voicemail script (Stage 5):\n"This message is for the director of Kauri Coast Joinery. Please call our accounts team about invoice 4471."',
    '[Voicemail, 4:52pm]\nHi Kev, it\'s Dale from Ridgeway Scaffolding about invoice 3318. Could you ring me back when you get a minute?',
    'I asked what happened (you told us "we\'ll see you in court") and we will check our records.',
    'If the invoice is wrong, I\'ll come down to your yard and look at the job.',
    'If the balance is not cleared by Friday, our credit controller will visit your yard on Monday at 10:00, as your site manager agreed, to go through the delivery notes.',
    'Please don\'t hang up until you have the reference number.',
    'I\'ll stay on the line until the payment goes through so you get the reference.',
    'Visitors need a signed note from reception to use the toilet on the site.',
  ])('fair: %s', clean);
  it.each([
    // The message under a label is still the sender's own, and still read.
    ['SMS (sent from collections line):\n"Pay by 14 March or we send the lads round."', 'threats'],
    ['Script, step 6 (customer says they cannot pay today):\n"You won\'t be leaving this call until I have a card number."', 'coercion'],
    ["I hear you, but you won't be leaving this call until I have a card number.", 'coercion'],
    ["We can stay on the line as long as it takes. I'm not hanging up, so you may as well give it to me now.", 'coercion'],
    ["If the £14,300 isn't in by Friday I will personally come to your warehouse with three of our drivers and we'll stand in the loading bay until you pay.", 'threats'],
    ["I'll be parked at your depot gate until the money lands.", 'threats'],
    ["Mate, if 3318 isn't paid by Thursday the boss will come down to your yard himself.", 'threats'],
    ['Of course you do. Do you need to ask permission to go to the restroom too?', 'abuse'],
  ])('flagged: %s', flags);
});

describe('610. a new user\'s finds (forty-fifth session): a referral to a named agency and lawyers\' conditional advice are notice; orders taken and agreed visits are no threat; consent overridden, a question of what happens next, an unnamed clerk who cannot count, and calls at dawn with the subject dropped are harm', () => {
  it.each([
    'Your account has been passed to Castle Credit Management, a debt collection agency, as we told you it would be in our letter of 2 October.',
    "Our solicitors, Dunmore LLP, have advised that we may issue proceedings if the balance is not paid by 20 December 2026. We'd rather not, so please call me before then.",
    "We will stop taking new orders from your stores from 1 December if the balance isn't cleared, as our trading terms allow.",
    'Thanks for the call this morning. As agreed, our engineer will attend your premises on Monday to disconnect the leased coffee machine, as the lease ended on 30 November.',
    "We'll collect the pallets from your site tomorrow, whether you're in or not, as you asked.",
    'Do you really want to see how the portal works? I can show you on Tuesday.',
    "Honestly, I've dealt with some useless couriers this year but yours was the quickest.",
    "Please tell your receptionist why I'm calling so she can put me through to accounts.",
    "I'll keep trying your mobile at 10am as you asked.",
  ])('fair: %s', clean);
  it.each([
    ["We'll take the equipment back from your site tomorrow whether you like it or not.", 'threats'],
    ['Do you really want to find out what happens next?', 'coercion'],
    ["Let's just say things will get a lot more uncomfortable for you from here.", 'coercion'],
    ["Honestly, I've dealt with some useless accounts teams but yours takes the biscuit.", 'abuse'],
    ["Whoever runs your payables clearly can't count.", 'abuse'],
    ["I'll be letting your receptionist know why I keep calling.", 'publicity'],
    ["Sent you a few messages overnight in case you were up, will keep trying at 5am when you're getting ready for work.", 'frequency'],
  ])('flagged: %s', flags);
});

describe('611. a review of §609 and §610 mended: a colon ends a sentence only after a short label with no condition; what was said in parentheses is kept there; the new patterns narrowed', () => {
  it.each([
    "I'll let your receptionist know why I'm calling, so that she can put me through to accounts.",
    "We'll explain to your team why we're writing: we owe you a credit.",
    "I'll stay on the line as long as it takes to get your payment portal login working.",
    "You won't need to stay on the phone all afternoon: the payment line takes about two minutes.",
    'We will not hang up until your payment has gone through and you have your reference number.',
    "I know things can get uncomfortable when cash is tight, so let's agree a plan.",
    'Things could turn uncomfortable for your cash flow if the plan slips, so tell us early.',
    'Do you want to find out what happens next with your refund? Call Sam.',
    'Our payment system will keep trying your card at 6am each morning until it goes through.',
    'The portal will keep trying to sync your remittances at 5am daily.',
    'The engineer will phone ahead at 7:30am on the day of the visit.',
    'Whoever is unable to read the small print on the PDF can ask us for a large-print copy.',
    "The courier's tracking was useless last week, but you were the worst affected, so we have credited your account.",
    'Most supplier portals we use are hopeless, but yours is in a league of its own.',
    'You need permission from the landlord for the toilet block works.',
    'We will enter the meter readings whether you agree or not; you can still dispute them within 14 days.',
    'The account has been referred to our collection agency, Castle Credit Management.',
    'To avoid further action, please do one of the following by 20 December 2026:\npay the balance, agree a plan, or tell us if anything is disputed.',
    'Dear Mr Hale,\n\nAs your email put it (you wrote to our director on 3 May):\n\n"Go ahead and sue us, you bunch of clowns. We will never pay."',
  ])('fair: %s', clean);
  it.each([
    ['Unless the money is in by Friday, this is what happens next:\nexpect me at your yard.', 'threats'],
    ["If I haven't got the cheque by 5pm, here is what I'll do:\nI'll be paying you a personal visit.", 'threats'],
    ['Should the balance not be with us by 20 April, you know what to expect:\nthe lads will drive out to your farm.', 'threats'],
    ['Castle, a debt collection agency working with the police, has been instructed.', 'false-authority'],
    ['Script, step 6 (customer says they cannot pay today):\n\n"You are a bunch of clowns."', 'abuse'],
    ['We will enter your warehouse whether you like it or not.', 'threats'],
  ])('flagged: %s', flags);
});

describe('612. negation by an object ("will hear nothing"); the reader\'s work called cowboy work; the reader\'s business put in the balance', () => {
  it.each([
    'Your customers and landlord will hear nothing from us about the £3,900 owed since January.',
    'Your suppliers will be told nothing about the invoice.',
    'If you value our service, tell us how we can help.',
    'They said our botched install caused the leak; we disagree.',
    'We sent a dodgy batch of screws; sorry.',
  ])('fair: %s', clean);
  it.each([
    ['Your customers will hear nothing but bad things about you.', 'publicity'],
    ['Your customers will hear nothing good about you from us.', 'publicity'],
    ['Your suppliers will be told, nothing else.', 'publicity'],
    ['If you value your reputation in this town, pay by Friday.', 'coercion'],
    ["If you really care about your family, you'll sort this today.", 'coercion'],
    ['Your shonky workmanship is the talk of the trade, and so is your unpaid bill.', 'abuse'],
    ['If your business matters to you, pay by Friday.', 'coercion'],
    ['Accidents with forklifts do happen when tempers run high.', 'threats'],
    // The sympathy exception ("we understand accidents happen") reached across a clause into the menace.
    ['Hi Rachel, our drivers know your site well, and accidents with forklifts do happen when tempers run high.', 'threats'],
    // A review of the object's negation: a denial held open by a condition, an imperative or a limit is the step promised.
    ['Your customers will hear nothing for now, but that changes on Friday if the invoice is still unpaid.', 'publicity'],
    ['If you pay by Friday, your customers will hear nothing about this.', 'publicity'],
    ['Pay today and your bank will be told nothing.', 'publicity'],
    ['Your customers will hear nothing from us yet.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'If you value your health, please take the time you need; the invoice can wait until you are better.',
    'If you value your peace of mind, set up a direct debit and you will never miss a payment.',
    'Thank you for replacing their cowboy wiring so quickly.',
    'We understand accidents with forklifts do happen, and we are sorry about the damaged pallet.',
    'We know that accidents do happen on busy sites.',
  ])('fair (a review): %s', clean);
});

describe('613. the reader\'s own words reported ("your email … says:", "you wrote:") stay theirs however much of the paragraph they fill; a transcript or a speaker named is still the message', () => {
  it.each([
    'I have your email of yesterday, which says: "You are thieves and liars, your food was garbage, and if you send one more reminder I will see you in court and make sure every business on the harbourside knows what crooks you are."',
    'You wrote to us on Monday: "You are thieves and liars, your food was garbage, and if you send one more reminder I will see you in court and make sure every business knows."',
  ])('fair: %s', clean);
  it.each([
    ['Caller said: "We know where you live and we will be round tonight to collect what you owe us, and your wife will hear about it."', 'threats'],
    ['I told you on the phone: "We know where you live and we will be round tonight to collect what you owe us, and your wife will hear about it."', 'threats'],
    ['Voicemail left for you at 16:42: "We know where you live and we will be round tonight to collect what you owe us, and your wife will hear about it."', 'threats'],
    // A review: the writer's own message to the reader, reported, is the writer's.
    ['The voicemail we left you said: "We know where you live and we will be round tonight to collect what you owe us, and your wife will hear about it."', 'threats'],
    ['Our final demand to you says: "We know where you live and we will be round tonight to collect what you owe us, and your wife will hear about it."', 'threats'],
  ])('flagged: %s', flags);
});

describe('614. steps a writer\'s trial found passing at a stage that forbids them, and a draft with no stage told where a step belongs', () => {
  it.each([
    ['If the balance is still unpaid on 18 December 2026, we will ask our solicitors to issue a claim.', 'Legal action'],
    ['We will get our lawyers involved if this is not paid by 18 December 2026.', 'Legal action'],
    ['If the balance is still unpaid on 18 December 2026, we will put further orders on hold from that date until it is paid.', 'Suspending supply'],
  ])('%s (at overdue-30)', (text, step) => {
    expect(draft(text, 'overdue-30').errors.filter((m) => m.startsWith(`escalation: ${step}`))).toHaveLength(1);
  });

  it.each([
    "I'll put the invoice on hold while we look into the delivery problem.",
    'We have asked our solicitors for advice on the contract.',
    // A review's fair lines.
    'We asked our solicitors to take another look at the contract, and they agree the invoice should be reduced.',
    'Bringing in lawyers helps nobody, so please just call me.',
    'If you would like us to put deliveries on hold while your site is closed over Christmas, just reply.',
    'Our courier will put all deliveries on hold over the bank holiday weekend.',
  ])('fair at overdue-30: %s', (text) => expect(draft(text, 'overdue-30').errors).toEqual([]));

  it('one wording that is two steps gets one note; a step a side path allows earlier is named from there', () => {
    expect(draft('If this is not paid or a plan agreed by 18 December 2026, we will refer the account to our solicitors.').warnings).toHaveLength(1);
  });

  it('a draft checked with no stage gets a warning naming the first stage that may give notice of the step, and no error', () => {
    const text = 'Invoice 4410 for £2,300 is 20 days overdue. If it is not paid or a plan agreed by 18 December 2026, we will refer the account to Calder Commercial Collections Ltd.';
    const found = draft(text);
    expect(found.errors).toEqual([]);
    expect(found.warnings).toEqual([expect.stringMatching(/^escalation: Referral to a collection agency given as notice \(no stage is given: letters may name it from the “Notice before referral” stage, day 60 on\): “refer the account to/)]);
    // With its stage given, the gate decides.
    expect(draft(text, 'overdue-60').warnings).toEqual([]);
    expect(draft(text, 'overdue-15').errors).toHaveLength(1);
  });
});

describe('615. a group whose own negations are its harm (`negation: written`) still has its other patterns denied by a negation around them', () => {
  it.each([
    'We are not holding them against the invoice; the pallets go to your Leeds customer on Thursday as booked.',
    'No recovery crew or van will come to your premises, and we will not take any stock or equipment.',
    'We have never taken goods to the value of an unpaid invoice, and we are not starting now.',
  ])('fair: %s', clean);
  it.each([
    // The patterns that write their negation read it as the harm, as before.
    ["We won't leave your premises until we are paid.", 'threats'],
    ['We do not accept part payments, so do not bother offering one.', 'coercion'],
    // Not denied, the other patterns flag as before.
    ['We will hold them against the invoice until you pay.', 'threats'],
    ['Our recovery crew will come to your premises on Friday and take goods to the value of the debt.', 'threats'],
  ])('flagged: %s', flags);
});

describe('617. kinds a new user\'s drafts found passing: the sender\'s people said to be impatient, a home to be lost, "on the hook", the customer\'s staff told, word that travels, a mishap wished on a delivery', () => {
  it.each([
    ["Our driver Gaz will be round to the yard on Monday to collect what you owe. He's not known for his patience.", 'threats'],
    ["Our lads will be round on Monday to pick up a cheque. They're not very patient.", 'threats'],
    ["Big Mike will pop over on Thursday. He doesn't take no for an answer.", 'threats'],
    ['You signed a personal guarantee for this account, so once our solicitors get involved you will lose your house.', 'threats'],
    ["You're personally on the hook for this as the director.", 'misleading'],
    ["I mentioned to your receptionist that we're still waiting on £3,480 from you.", 'publicity'],
    ["I've told your warehouse staff the company owes us money.", 'publicity'],
    ['It would be a pity if your next delivery got held up at our warehouse for some reason.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Our driver is very patient and will wait while you sign the delivery note.',
    'Thank you for being so patient with us while we fixed the portal.',
    'I filled in the credit application and told your receptionist I would call back.',
    'Our driver told your warehouse staff the delivery is running late.',
    'Word travels fast in a small trade like ours, so thank you for recommending us to the Hendersons.',
    'It would be a shame if your delivery got held up by the snow, so we have booked an earlier slot.',
    "Hi Jo, I rang at 7.30 this morning because you said that's the best time to catch you before the site opens. Can you call me back today?",
  ])('fair: %s', clean);
});

describe('618. call attempts beyond the handbook\'s one a day, fewer than read as hounding: a warning', () => {
  it('warns of three unanswered calls on one day, naming the handbook\'s limit, and blocks nothing', () => {
    const found = draft('Call log, Monday\n\n09:02 called, no answer\n\n11:30 called, left voicemail\n\n15:45 called, left voicemail');
    expect(found.errors).toEqual([]);
    expect(found.warnings.filter((w) => w.startsWith('contact-log'))).toEqual([
      'contact-log: 3 call attempts logged on one day with no reply between them (lines 3–7); the handbook allows one call attempt per account per day',
    ]);
  });
  it.each([
    'Mon 09:05 called main line, no answer\n\nMon 09:07 emailed statement\n\nWed 10:30 called, spoke to AP, payment promised Friday',
    '09:02 called, no answer\n\n14:10 customer called back, payment promised Friday',
  ])('no warning for one call a day, or a call the customer returned: %s', (text) => {
    expect(draft(text).warnings.filter((w) => w.startsWith('contact-log'))).toEqual([]);
  });
});

describe('619. a review of the call-attempt warning: days told apart, calls planned or asked for not counted', () => {
  it.each([
    ['10/03 09:05 called, no answer\n\n10/04 09:10 called, no answer\n\n10/05 09:00 called, left voicemail', 'a date in digits on each entry'],
    ['Monday 3 March\n\n09:02 called, no answer\n\nTuesday 4 March\n\n09:05 called, left voicemail', 'a day named on a line of its own'],
    ['09:00 Emailed statement; will call Thursday\n\n15:00 Letter posted; call booked for Friday', 'calls planned, not made'],
    ['09:00 Customer asked us to call back at 4pm\n\n16:00 called, no answer', 'a call the customer asked for'],
  ])('no warning: %s (%s)', (text) => {
    expect(draft(text).warnings.filter((w) => w.startsWith('contact-log'))).toEqual([]);
  });
  it('counts attempts however they are written: "Tried main line, no pick-up", "left message", "LVM"', () => {
    expect(draft('Mon 09:05 Tried main line, no pick-up\n\nMon 11:40 Tried mobile, left message\n\nMon 15:10 Tried again, LVM').warnings.filter((w) => w.startsWith('contact-log'))).toHaveLength(1);
  });
});

describe('620. a review of the session\'s kinds mended: a causative or a vouching "no" denies nothing; narrower fair-side and new patterns', () => {
  it.each([
    ["Don't force us to take goods to the value of the debt.", 'threats'],
    ['Please don\'t oblige us to remove equipment to the value of what you owe.', 'threats'],
    ['Nobody wants our crew to take goods to the value of the debt, so pay today.', 'threats'],
    ["Don't force us to send the bailiffs in.", 'threats'],
    ['It is no exaggeration to say a payment plan is out of the question.', 'coercion'],
    ['No two ways about it, we take the full balance only.', 'coercion'],
    // The customer's "said" names no time here: no request of theirs excuses the step.
    ["Because you said paying now doesn't suit you, we will call you every day at home.", 'frequency'],
    ["As you said a plan doesn't suit you, we will tell your customers about the arrears.", 'publicity'],
    ['Our driver is not very patient with invoices that stay unpaid.', 'threats'],
    ['Our driver will be round to your yard on Monday to collect what you owe.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'I will not sit in your office until you pay.',
    'No one from our team will wait in your reception until the balance is paid.',
    'There is no question of taking your goods; the account simply goes to our solicitors on 18 December 2026 if unpaid.',
    'Please take advice before offering your home as security: you may lose your home if the business cannot repay.',
    'You will lose your car parking permit if the account stays closed.',
    "It would be a pity if your next delivery got delayed somehow by the bank holiday, so we've booked the courier for Thursday.",
    "I mentioned to your receptionist that we're still waiting on the signed delivery note.",
    "We have filled in your bank's direct debit mandate so you only need to sign it.",
    "I'll come by your yard at 2pm Thursday to collect the £1,840 cheque, as we arranged.",
    'If the insurer pays us, it may take over our right to recover the debt and pursue your company for it.',
  ])('fair: %s', clean);
});

describe('621. a refusal of supply is the orders\' own passive to come, not orders already delivered', () => {
  it('"this doesn\'t affect any orders already delivered" names no suspension; "no further orders will be processed" still does', () => {
    expect(draft("Your new delivery address is on file. This doesn't affect any orders already delivered.", 'overdue-7')).toEqual({ errors: [], warnings: [] });
    expect(draft('No further orders will be processed until the balance is paid.', 'overdue-7').errors).toEqual([expect.stringMatching(/^escalation: Suspending supply/)]);
  });
});

describe('622. kinds two more new users found: a child\'s school or club noticed, the family\'s shame, a third party asked why, a note said to stop credit, the letter copied to the customer\'s staff', () => {
  it.each([
    ['We understand your daughter has just started at Westfield Academy. It would be a shame for the family if this matter became more difficult.', 'threats'],
    ["I noticed your son plays for the Rovers under-12s, same as mine. See you on the touchline on Saturday, and I'm sure we can get invoice 3321 sorted before then.", 'threats'],
    ["I've asked your landlord whether he knows why you aren't paying your suppliers.", 'publicity'],
    ["We have placed a note on your company's file that will stop you getting credit from any supplier in the country until it is paid.", 'misleading'],
    ['We have copied this letter to your warehouse manager and to your sales team.', 'publicity'],
    ['Our driver will mention the unpaid balance to your reception staff at the next delivery.', 'publicity'],
    ["I've told your receptionist and two of your warehouse staff about invoice 4410 and the £3,900 the company owes us.", 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    "I'm sorry, but we can't accept a plan of £50 a month, as it would take eighty years to clear. Could you propose something closer to £4,000 a month?",
    "We'll be in touch with your head office in Leeds to ask where it is in their approval queue.",
    'We understand your daughter is unwell, so take the time you need; the invoice can wait.',
    'Please forward this email to your sales team so they know the new prices.',
    'I have copied this email to your sales team, who asked for the new price list.',
  ])('fair: %s', clean);
});

describe('623. kinds a new user found: a first name read as a verb, papers kept over another account, borrowing urged, a statute or court said to give a share, a report to the police in the active', () => {
  it('a listed given name that is also a verb ("Sue") is a name where a name stands; "we Sue", "to Sue", "Sue you" stay the verb', () => {
    const letter = 'Hi Sue,\n\nJust a friendly reminder that invoice 3120 for £640.00 was due on 30 November. Could you let me know when it is scheduled for payment?\n\nKind regards,\nSue\n';
    expect(draft(letter, 'overdue-7')).toEqual({ errors: [], warnings: [] });
    expect(draft('Please ask for Sue in accounts if the remittance goes astray.', 'overdue-7')).toEqual({ errors: [], warnings: [] });
    expect(draft('We will Sue you if this is not paid.', 'overdue-7').errors).toEqual([expect.stringMatching(/^escalation: Legal action/)]);
    expect(draft('Failing payment, we will have no choice but to Sue.', 'overdue-7').errors).toEqual([expect.stringMatching(/^escalation: Legal action/)]);
    // A review: the verb after a subject, a modal or a plural subject, and any other capitalised verb, keeps its reading.
    for (const line of ['Pay by Friday or we Sue.', 'Pay by Friday or our lawyers Sue.', 'Call note 12/11: cust says cash tight. Told them pay by Fri or we Sue.']) {
      expect(draft(line, 'overdue-30').errors, line).toEqual([expect.stringMatching(/^escalation: Legal action/)]);
    }
    expect(rules(draft('Pay by Friday or we Seize stock.').errors)).toEqual(['threats']);
    for (const line of ['Sue will call you on Monday to talk about invoice 4410.', 'Please send the remittance to Sue in accounts.', 'Your contact here is Sue Patel, on 0161 496 0000.', "Sue's team has approved the invoice.", 'Mark and Sue will be in touch next week.', 'Can Sue call me back?', 'You spoke to Rob on Monday about the invoice.', 'You and Rob agreed a plan on Monday.']) {
      expect(draft(line, 'overdue-30'), line).toEqual({ errors: [], warnings: [] });
    }
  });
  it('a person addressed by a listed given name the profanity list suspects is named, not insulted; the common word after an article is not', () => {
    expect(draft('Mick, thanks for the payment.')).toEqual({ errors: [], warnings: [] });
    expect(draft('Cheers, Dick')).toEqual({ errors: [], warnings: [] });
    expect(draft("Don't be a Dick about it.").errors.length + draft("Don't be a Dick about it.").warnings.length).toBeGreaterThan(0);
    expect(draft('Hi Bastard, pay up.').warnings).toContainEqual(expect.stringMatching(/^profanity:/));
  });
  it.each([
    ['We are holding your certificates until the invoices on your other account are paid.', 'coercion'],
    ['Your drawings will be released once the invoices for the other job are settled.', 'coercion'],
    ['Your deposit stays with us until your other account is cleared.', 'coercion'],
    ["I don't mind if you take out an overdraft, put it on a credit card or sell one of the vans, but the £3,900 needs to be in our account by Thursday.", 'coercion'],
    ["I'd suggest remortgaging or borrowing against the business to clear this.", 'coercion'],
    ['Under the Late Payment Act we are entitled to add 25% of the invoice value as a late-payment penalty.', 'misleading'],
    ['We have today added interest at 4% per month to your overdue balance, as the Late Payment Act allows.', 'misleading'],
    ['The court will automatically add 30% to the debt if it reaches them.', 'misleading'],
    ['You must pay by midnight tonight; after that the law says we can charge whatever we like.', 'misleading'],
    ["We have now reported your company's non-payment of invoice 4410 to the police as a suspected fraud.", 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Orders stay on hold until the other account is paid.',
    'We are not holding your deposit until the other account is paid; it was refunded on Monday.',
    'We will keep the deposit against this hire until its own invoice is paid, as clause 9 allows; your other account is separate.',
    'Your keys are ready and will be handed over when you collect; the other account is separate.',
    'We would never suggest remortgaging to pay us; a payment plan is the better route.',
    "We don't mind whether you pay by credit card or BACS.",
    'Interest at 2% per month runs under clause 7 of our terms; separately, the Late Payment Act gives fixed compensation of £70.',
    'Under the Late Payment of Commercial Debts (Interest) Act 1998 we are entitled to claim interest at 8% above base rate and £70 compensation.',
    'If the court gives judgment it may add interest at 8% a year and the court fee.',
    "The law says we can't charge whatever we like, so we have added only statutory interest.",
    'We have reported the theft of our van from your site to the police.',
    'We have not reported your non-payment of invoice 4410 to the police and never would.',
  ])('fair: %s', clean);
});

describe('624. a neighbouring paragraph lends its condition, date and way out only to a step of its own topic', () => {
  const referral = 'Invoice 4410 for £3,900 is now 60 days overdue. If it is not paid by 21 December 2026, we will refer the account to Castle Collections, our collection agency. To avoid this, pay by bank transfer or call me to agree a plan.';
  it('a dated referral notice does not make the next paragraph\'s bare court threat notice', () => {
    expect(draft(`${referral}\n\nWe may issue court proceedings against you and will claim all our costs.`, 'overdue-60').warnings).toEqual([expect.stringMatching(/^escalation: Legal action mentioned without a condition/)]);
  });
  it('tells a draft\'s writer to give a real date, and a template\'s its merge field', () => {
    const advice = (kind: 'draft' | 'template') => {
      const messages = kind === 'draft' ? drafts.check('We may issue court proceedings against you.', { kind, path: 'draft.md', stage: 'overdue-60' }).file.messages : checker.check(exampleTemplate('We may issue court proceedings against you.'), { kind, path: 'templates/example.mdx' }).file.messages;
      return messages.find((m) => m.ruleId === 'escalation')?.expected;
    };
    expect(advice('draft')).toEqual(['State it as notice: “If we have not received payment or agreed a plan by 14 December, we will …”, with your own date.']);
    expect(advice('template')).toEqual(['State it as notice: “If we have not received payment or agreed a plan by {{next_step_date}}, we will …”.']);
  });
  it('a neighbour that only states interest still lends its date; words that seem to link back lend nothing (a review)', () => {
    expect(draft('Please pay the balance, or call us to agree a plan, by 14 December. Interest is being added at 8% a year above base rate under the Late Payment of Commercial Debts (Interest) Act 1998.\n\nIf neither happens, we will place your account on stop.', 'overdue-60')).toEqual({ errors: [], warnings: [] });
    const stop = 'If it is not paid by 21 December, we will place your account on stop until it is paid.';
    for (const line of ['Further to our call on Monday, we will issue court proceedings against you.', 'Nothing has arrived since then. We will sue you.']) {
      expect(draft(`${stop}\n\n${line}`, 'overdue-60').warnings, line).toEqual([expect.stringMatching(/^escalation: Legal action mentioned without/)]);
    }
  });
  it('a step of the same topic still takes its neighbour\'s condition and date', () => {
    // A referral of its own: warned alone, given notice by the referral paragraph beside it.
    const step = 'We will pass the account to Castle Collections, our collection agency.';
    expect(draft(step, 'overdue-60').warnings).toContainEqual(expect.stringMatching(/^escalation: Referral to a collection agency mentioned without/));
    expect(draft(`${referral}\n\n${step}`, 'overdue-60')).toEqual({ errors: [], warnings: [] });
  });
});

describe('625. kinds a new user and a clerk found: the debt demanded from someone not liable, a director pressed to pay personally, a reference or credit note held, a pocket that is not pocketing', () => {
  it.each([
    ["We'll be looking to Brightwell Developments to clear the £6,400 Joinery owes us.", 'coercion'],
    ["Your parent company will have to pay this one, as far as we're concerned.", 'coercion'],
    ['We expect your parent company to pay your debt.', 'coercion'],
    ['I would like your confirmation by 14 December 2026 that you will settle this yourself if the company will not.', 'coercion'],
    ['We will be holding you to account personally.', 'coercion'],
    ["Mark, it's about time you put your hand in your own pocket for this.", 'coercion'],
    ['Why not ask your mum for the money?', 'coercion'],
    ["Happy to give you a good write-up, but realistically that's not going to happen while invoice 3318 is still sitting there unpaid.", 'coercion'],
    ["Credit note CN-119 for £2,600 won't be applied until the rest is paid.", 'coercion'],
    ['You pocket the money and leave us short.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Your parent company will have to pay this under the guarantee it signed in 2024.',
    'As you asked, your parent company will pay this on your behalf.',
    'We need your client to pay you so you can pay us, we understand.',
    'If your parent company pays suppliers centrally, please forward this to them.',
    'As guarantor, you will pay this yourself if the company does not.',
    'Under the guarantee you signed, we will hold you personally liable.',
    "We will not hold you personally responsible; the debt is the company's.",
    'Please ask your father for the signed delivery note; he took it home.',
    'The credit note will not be issued until the returned goods are received.',
  ])('fair: %s', clean);
});

describe('627. a review of the session\'s rule data: what it wrongly flagged, and paraphrases it missed', () => {
  it.each([
    ['We will apply credit note CN-119 only once the other invoices are paid.', 'coercion'],
    ["We'll be chasing your parent company for the money.", 'coercion'],
    ['The group will have to cover it.', 'coercion'],
    ['The law entitles us to a 20% late-payment penalty on the invoice.', 'misleading'],
    ['By law, we can add 25% to your invoice.', 'misleading'],
    ['Legally we can charge what we want.', 'misleading'],
    ['The court will slap 25% on top.', 'misleading'],
    // Naming the Act elsewhere excuses neither: it gives no such thing.
    ['We are claiming compensation under the Late Payment of Commercial Debts (Interest) Act 1998. If this goes further, the court will automatically add 30% to the debt.', 'misleading'],
    ['We have gone to the police about your unpaid invoices.', 'threats'],
    ['Your non-payment has now been reported by us to the police as a suspected fraud.', 'threats'],
    ['You pocket payments from your own customers and ignore ours.', 'threats'],
    ["You've been pocketing your customers' payments instead of paying us.", 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Please ask your bank to pay the invoice by CHAPS so it arrives the same day.',
    'Your parent company will pay this in its usual group payment run on the 25th.',
    "Your holding company should settle the invoice, as it did last month, through the group's shared payables team.",
    'When do you expect your client to pay? Once they do, could you pay our invoice?',
    'We understand your client will have to pay the balance before you can pay us; please tell us when you expect that.',
    'You can settle this yourself through our payment portal if it is not convenient to call.',
    "As the partnership's partners, we hold you personally liable for the firm's debts, as partnership law provides.",
    'Our engineer put his hand in his own pocket to pay for the parts, so we would be grateful if the invoice could be paid.',
    'The certificate for this job will be issued as soon as the inspection on the other job is clear.',
    'We hold your deposit until the end of the hire, and once the other invoices on this account are paid it will be refunded.',
    'Could you ask your father for it? He had a copy of the statement at the meeting.',
    'Your accountant may suggest borrowing against your invoices through an invoice finance facility.',
    'Under your rebate agreement, the annual rebate is not paid until the remaining invoices for the year are paid.',
    'Interest is 2% a month under clause 9, plus compensation under the Late Payment Act.',
    'At the last hearing the judge added 12% to the debt as contractual interest under clause 9.',
    'Pay within 10 days and you pocket the 2% early-payment discount.',
    'Why not give us a call to agree a plan?',
  ])('fair: %s', clean);
});

describe('626. kinds an Australian team lead found: a regulator told or looking at the customer, the sheriff standing by, the registrar signing, a visit from us, staff drawn in; the customer\'s own post seen', () => {
  it.each([
    ["Andrew, we've been in touch with the ATO and they'll be taking a close look at your GST returns.", 'false-authority'],
    ["We've passed your details to the ATO.", 'false-authority'],
    ["We've spoken to Fair Trading NSW about your company and they'll be in touch.", 'false-authority'],
    ['The ACCC has been notified of your conduct.', 'false-authority'],
    ['FEDERAL CIRCUIT COURT OF AUSTRALIA\n\nPay $14,200 within 7 days.\n\nIssued by the Registrar', 'false-authority'],
    ["Hi Tom, Sheriff's office has your address and is ready to move as soon as we give the word.", 'threats'],
    ['Expect a visit from us on Monday morning.', 'threats'],
    ['Someone from our end will swing by your place Monday to sort this out in person.', 'threats'],
    ["I'll be letting your apprentices know about the debt.", 'publicity'],
    ['Your warehouse manager Troy seems like a decent person. It would be unfortunate if he got caught up in all this.', 'coercion'],
    ['I saw your post in the Tradies Facebook group. Pay by Friday or our reply there will name the amount you owe.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    "Hi Gary, I saw your post in the Sydney Tradies Facebook group about cash flow being tight this quarter. We won't raise anything in public; I'd rather we talk about a plan privately.",
    "We noticed your Google review of our delivery service last week. Sorry about the late truck; I've credited $150 against INV-5521.",
    'The ATO has been notified of your new ABN, as you asked, so our invoices now show it.',
    'Your T4 slips and T4 Summary will be filed with CRA by the end-of-February deadline regardless of this balance.',
    'Your VAT return will be filed with HMRC by the deadline.',
    'If you believe we have acted unfairly, you can contact Fair Trading NSW.',
    'Expect a call from us at 10am, the hour you chose.',
    'Expect a visit from our new rep, Sam, who will show you the spring range.',
    'Please let your apprentices know the site induction moves to 8am.',
    'Our reply will list the invoices and the amount you owe.',
  ])('fair: %s', clean);
});

describe('628. kinds an Indian credit controller found: a lender\'s label or a tax registration said to fall with the debt, the police at a bounced cheque, a tax filing held back, the family made liable, an offer that ends with the call', () => {
  it.each([
    ['Dear Ms. Rao, we are a CIBIL member and have already marked Rao Enterprises as a wilful defaulter for the outstanding of Rs 3,42,000.', 'misleading'],
    ['We have reported your firm to CIBIL as a wilful defaulter.', 'misleading'],
    ['Under GST rules any invoice unpaid beyond 90 days is reported by the supplier on the GST portal, and your GSTIN stays suspended until we confirm receipt of payment.', 'misleading'],
    ['Under Section 138 of the NI Act the bounce memo alone is enough for the police to pick up the signatory, so please arrange the RTGS by tomorrow 11 am.', 'misleading'],
    ['We will not file your invoices in our GSTR-1 until you pay, so your input tax credit will not show.', 'coercion'],
    ['Family members are also responsible for business dues, so we request you to arrange the Rs 1,10,000 from your side this week.', 'misleading'],
    ['Told him the interest waiver is valid only till we disconnect this call.', 'coercion'],
    ['You have to decide right now, before we hang up.', 'coercion'],
    ['Your balance now stands at £12,400, which includes £3,000 we have added for the time our staff have spent chasing this account.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Only a bank can declare a borrower a wilful defaulter, and we are not a bank.',
    'Under section 138 the court may impose a fine or imprisonment after a complaint is heard; the police have no role before that.',
    'If the GSTIN on your invoices has been cancelled by the department, please send us your new one.',
    'We will file your invoices in GSTR-1 on the 11th, as always, whatever happens with this payment.',
    'You do not need to decide on this call; the offer stays open until 20 December.',
    'We have not charged for the time spent chasing this; the balance is the invoice alone.',
    // A review's near-misses.
    'I was sorry to hear that your bank has declared your company a wilful defaulter; we are happy to agree a plan.',
    'Your tin plate order is frozen in our warehouse until invoice 4411 is paid or a plan is agreed by 21 December.',
    'The outstanding invoice was raised on your old GSTIN, which the department cancelled in March; we will reissue it.',
    'The police came for the signatory of the stolen cheque book, not for you, and your account is in order.',
    'We will not delay uploading your invoices to GSTR-1 until payment is received; all of them were filed on 11 November.',
    'The offer stays open until we are talking again on Monday, so take your time.',
    "To pay by card, you need to confirm the card's security code while I am on the line.",
    'The family business remains responsible for its debts after your father retired.',
    'Kumar & Sons is responsible for the outstanding balance, as the buyer named on every invoice.',
    'As agreed in the statement of work, we have invoiced for the time our consultants spent sorting out your data migration.',
  ])('fair: %s', clean);
});

describe('629. kinds from the held-back sets and a Canadian wholesaler\'s trial: the whole debt wanted within hours, a certificate released only once another invoice is paid, the sender\'s email passed off as its solicitors\', a credit score said to fall to nothing, goods taken back under a stated security interest', () => {
  it.each([
    ['Need the full amount showing in our ANZ acct 06-0317-0491822-00 by 5pm today.', 'coercion'],
    ['The full amount needs to be showing in our account within the hour of this message being sent, and no later.', 'coercion'],
    ['We need the full $9,480 received by end of business today, which is five o\'clock.', 'coercion'],
    ['We need to see the full $14,300 in our account within two hours of this message.', 'coercion'],
    ['The whole S$15,960.00 must be in OCBC 501-123456-001 by 12:00 noon today.', 'coercion'],
    ['Raj, I want the full amount credited to me before you shut your office this evening.', 'coercion'],
    ['Please make sure the full $38,400 is in our account by 3 pm today, or the account will be closed.', 'coercion'],
    ["We'll release the CSA certificates for the March panels once the February invoice is cleared.", 'coercion'],
    ['Please treat this email as formal notice from our solicitors.', 'false-authority'],
    ['Once this goes to collections, your company credit score drops to zero and stays there.', 'misleading'],
    ['We will repossess your vans on Friday.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'If you can pay today, we will dispatch within the hour.',
    'Please call me today if there is something holding it up.',
    'We need the signed delivery note back within the hour so the driver can leave.',
    'If you need anything from us before you close today, just ring.',
    'Our driver needs to be at your site by 7am today.',
    'We must receive your remittance by 31 March.',
    'We will send the manuals and drawings on the day the final account is paid, as clause 17.4 of our contract provides.',
    'We will send the test results once the lab has cleared them.',
    'Your credit score will not drop to zero because of one late invoice.',
    'If the balance is not paid by 30 January, we will repossess the pallet racking under the retention of title clause in our terms of sale, after giving you the notice the PPSA requires.',
    'Our security agreement of 2 May gives us a purchase-money security interest in the shelving units, registered under the Personal Property Security Act (Ontario). If it is not paid by 13 February, we may enforce our security interest as the agreement and the Act allow, which includes giving you the notices the Act requires before any goods are disposed of.',
  ])('fair: %s', clean);
});

describe('630. kinds from an Irish merchant\'s trial: a letter from the sheriff, the sheriff arranged to come, the trade told, a padlock, ruin in the town, the lads sent round after a lawful step, and kind words about a page, a family or a judgment', () => {
  it.each([
    ["This letter is issued by the Sheriff's Office on behalf of Keane Builders Providers.", 'false-authority'],
    ['I am writing on behalf of the Sheriff.', 'false-authority'],
    ["This letter is from the County Registrar's office.", 'false-authority'],
    ['Please treat this email as formal notice from our solicitors.', 'false-authority'],
    ["We've arranged with the sheriff to come and attach your bakkies at the Boksburg depot on 3 June.", 'threats'],
    ["We've arranged for the sheriff to come and take your vehicles.", 'threats'],
    ["We'll padlock your store until you pay.", 'threats'],
    ["We've a fair idea which school your young lad goes to.", 'threats'],
    ['We will put the account on stop and send the lads round.', 'threats'],
    ["We'll let the main contractor know you haven't paid us.", 'publicity'],
    ["We'll let your staff know their wages might be at risk.", 'publicity'],
    ["Next time I'm at the Builders Federation dinner I'll mention your name and this invoice.", 'publicity'],
    ['Every builder in Lanarkshire will hear about this.', 'publicity'],
    ["You're finished in this town.", 'coercion'],
    ["Your business won't last the summer once word gets round.", 'coercion'],
    ["I'll make the rest of your year real difficult.", 'coercion'],
    ['Five-star feedback about our company must appear on our Google listing.', 'publicity'],
    // A Canadian wholesaler's trial, caught only by the tone model before.
    ['We would expect you to put your own funds in to clear the S$22,350 by the end of the month.', 'coercion'],
    ['Our recovery officer is authorised by the Ministry of the Attorney General to collect commercial debts.', 'false-authority'],
    ["We can't look at the pricing error you raised until you pay the invoice as billed.", 'coercion'],
    ['As a condition of any arrangement, we require you to post a positive review of our services on our Google page before the first instalment.', 'publicity'],
    // From the held-back sets: an entry said never to come off, every lender said to refuse for good.
    ["You should know that a reported default is never removed from a company's credit history.", 'misleading'],
    ['Once reported, no Irish lender will then extend any borrowing facility to the company.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'Thanks for the review you left on our Google page.',
    'Thanks for the lovely review on our Facebook page.',
    'We saw the photos of the extension on your Facebook page, fair play.',
    'We left a five-star review on your Google page for the kitchen fit-out.',
    'Give our best to your wife and the kids, and congratulations on the new baby.',
    'If judgment is entered and not paid, the Sheriff may seize goods.',
    "I've passed your file to our solicitors, Harcourt & Lyle, who will send you a letter before claim this week. No proceedings have been issued.",
    'I heard the last crowd you dealt with threatened to send the heavies round. We won\'t be doing anything of the sort.',
    "I'll send the boys over with your pallets on Friday.",
    "We'll send the lads round to fit the new shelving on Tuesday.",
    'The main contractor has confirmed the valuation, so please pay by Friday.',
    'We are writing on behalf of our client, Keane Builders, about the judgment the court entered on 4 May.',
    'Every builder in Lanarkshire will hear about our new branch.',
    'Once word gets round about the new depot, we expect to be busy.',
    'At the Builders Federation dinner I will mention your name as our best customer.',
    'This letter is from the credit team at Keane Builders.',
    'We will let your staff know their wages are being paid through the new bureau.',
    'A copy of this invoice goes to the main contractor, who pays us directly under the tripartite agreement.',
    'We are a collection agency licensed by the Ministry of Public and Business Service Delivery.',
    "If you would like to put your own funds in as a director's loan, your accountant can advise.",
    "We can't look at the pricing error you raised until Monday, as Sam is away.",
    'A default, once paid, is marked as settled; it is not removed, but lenders can see it was paid.',
    'No bank will lend against unpaid invoices more than 90 days old, which is why we offer a plan.',
    'No supplier will extend credit without references, so we asked your accountant.',
    'The duplicate entry has never been corrected on our side; we apologise and will credit it.',
  ])('fair: %s', clean);
  it('warns on no word of a court procedure, a party to a lease, or a pronoun for someone the writer spoke to', () => {
    const equality = (text: string) => drafts.check(text, { kind: 'draft', path: 'd.md' }).file.messages.filter((m) => m.ruleId === 'equality').map((m) => m.actual);
    expect(equality('We will file a simple procedure claim in the sheriff court. Your landlord may also have a claim.')).toEqual([]);
    expect(equality('Spoke to Jas in AP. She said the invoice is approved.')).toEqual([]);
    expect(equality('This is a simple matter.')).toEqual(['simple']);
  });
});

describe('631. a step mentioned twice in a paragraph without its date is one note, not two (a new user\'s trial)', () => {
  it('notes the first mention only, and each paragraph that lacks the parts', () => {
    const text = "Your account is at its credit limit. Our system won't release new orders on account until the past-due part is paid. Orders on prepayment or credit card can still go out as normal.";
    expect(draft(text, 'overdue-60').warnings).toEqual([expect.stringMatching(/^escalation: Suspending supply or service mentioned without a date: “won't release new orders on account until”/)]);
    expect(draft(`${text}\n\nWe may put your account on stop.`, 'overdue-60').warnings).toHaveLength(2);
  });
});

describe('632. a review of §629–§631: exceptions narrowed so they excuse no harm, patterns narrowed so they flag no near-miss', () => {
  it.each([
    ["I've threatened to send the heavies round before, and on Friday I will.", 'threats'],
    ["We'll send the lads round with the invoice tomorrow, and they will wait until you pay.", 'threats'],
    ['Pay by Friday; give my best to your wife and the new baby, we know where they live.', 'threats'],
    ['Even without a security interest, we will seize your vans on Friday.', 'threats'],
    ['Even without a security interest, we will repossess your vans on Friday.', 'threats'],
    ["Your lender's security interest means nothing to us; we will repossess your vans.", 'threats'],
    ['The financing statement filed by your lender is irrelevant to us. We will repossess your equipment on Monday.', 'threats'],
    ['Goods we supply are subject to our security interest registered on the PPSR. If the account is not paid by Friday we will seize your vehicles and your house.', 'threats'],
    ['Our invoices are covered by a general security agreement registered on the PPSR. If the invoice remains open on Friday, the nightly backups of your customer records will be wiped.', 'threats'],
    ['Once we win a judgment against you, the power to Unit 7 will be isolated until the arrears are cleared.', 'threats'],
    ['We have posted a glowing review on our Facebook page about how you never pay your suppliers.', 'publicity'],
    ["We've left a five-star review on your Google page, with a photo of your unpaid invoice and the amount you owe.", 'publicity'],
    ['We will post your name and this invoice next to the review your team left on our Facebook page.', 'publicity'],
    ['We will post your unpaid invoice where we saw your photos, on your Facebook page.', 'publicity'],
    ['Our attorneys are working alongside the district attorney and will send a demand letter tomorrow.', 'false-authority'],
    ['We need the full $9,480, or we will start enforcement within the hour.', 'coercion'],
    ["We expect the full $12,000; we'll deliver a winding-up petition within two hours if we do not have it.", 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    "We need the full amount by 5pm today to release tomorrow's delivery you asked for.",
    "Our bank's same-day cut-off is 2pm, so if you want the full balance to show today, please send it before 2pm today.",
    "If you'd like the order released today, we need the full payment by 4pm today; otherwise it goes out on Monday as planned.",
    'We need PO 20931 signed by noon today so the order can ship.',
    'We need the 120 pallets returned within the hour so the driver can leave.',
    "Once you're finished in the market on Saturday, could you drop the cheque into our stall?",
    'We would like to make your month less difficult, so we can split the balance.',
    "We cannot investigate the shortfall you reported until the carrier's claim is settled.",
    'If your accountant tells you to put your own money in, please take independent advice first.',
    'We will issue the completion certificate when the final outstanding invoice for this job is paid, as clause 12 of our contract provides.',
    "Good news: we've arranged with the fire marshal to come and sign off the sprinkler system.",
    'We will lock up your unit after the delivery and drop the keys through your letterbox.',
    'We have finished the first floor and will send the lads round on Monday for the second.',
    "Let me know what club your boys play for and I'll sort the shirt sponsorship.",
    "It was good to see you at the golf day, and I'll mention the invoice to Jim.",
    'Every business in the valley will hear about your relaunch, and we are glad to sponsor it.',
    'We will text your staff to let them know their payslips might not arrive until Monday because of the bank holiday.',
    'This notice comes from the registrar: your domain expires on 3 March unless the renewal invoice is paid.',
    'This email is from the food court management office.',
    'The letter was sent by the court to both parties on 2 May.',
    'We are appointed by the Crown Commercial Service to recover overpayments.',
    'Our own credit rating with the bank fell to nothing last year.',
    // A secured creditor's own interest named before the step, or the thing taken named as security.
    'As a secured creditor under the PPSA we are entitled to repossess the goods listed in the registration if the balance is not paid by 14 December.',
    'The excavator remains subject to our registered security interest, and we may repossess it if the default is not remedied by 14 December.',
    'Our security agreement gives us the right to repossess the collateral after a default.',
  ])('fair: %s', clean);
  it('a charge said to be added already still needs its basis, with advice that names one', () => {
    const [warning] = drafts.check('A $750.00 administration fee has now been added to invoice 30917.', { kind: 'draft', path: 'draft.md' }).file.messages.filter((m) => m.ruleId === 'escalation');
    expect(warning?.reason).toMatch(/^Interest or late-payment compensation mentioned without its basis/);
    expect(warning?.expected?.[0]).toMatch(/^Name what gives it in the same sentence: the clause of your terms/);
    expect(draft('We have added 25 percent collection costs to your balance.').warnings).toEqual([expect.stringMatching(/^escalation: Interest or late-payment compensation mentioned without its basis/)]);
    expect(draft('Under clause 7 of our terms, a late fee of £40 has now been added to invoice 30917.').warnings).toEqual([]);
  });
  it('no equality warning on a pronoun for someone the writer rang, emailed or heard back from, or a landlady', () => {
    const equality = (text: string) => drafts.check(text, { kind: 'draft', path: 'd.md' }).file.messages.filter((m) => m.ruleId === 'equality').map((m) => m.actual);
    for (const note of ['Rang Jas in AP. She said it is approved.', 'Emailed Jas this morning. She said it is approved.', 'Had a call with Jas. She said it is approved.', 'Heard back from Jas. She said it is approved.']) expect(equality(note), note).toEqual([]);
    expect(equality('Your landlady may also have a claim.')).toEqual([]);
    expect(equality('Paying us is a simple procedure, even for you.')).toEqual(['simple']);
  });
});

describe('633. kinds from a US, Australian and Indian distributor\'s trial: disputes put off until the account is current, payment in minutes, friends at a named police station, and steps a 7-day reminder may not name', () => {
  it.each([
    ["Our policy is that we don't look at any claims or credits until the account is brought fully current.", 'coercion'],
    ['We cannot discuss the pricing error until payment is received.', 'coercion'],
    ['I need the full $14,380 in our account by 11 this morning.', 'coercion'],
    ['I need payment within 20 minutes.', 'coercion'],
    ['We have a lot of friends at the Bhosari police station, Sir.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'We cannot log the credit request until the account number is confirmed.',
    'We will review your claim once the delivery notes arrive.',
    'If you pay by 11 this morning, the order ships today.',
    'The transfer usually arrives within 20 minutes.',
    'We need the full pallet count by 11 this morning so the truck can be loaded.',
    'Under clause 7.3 of our Trading Terms, your account is on stop from 12 December: we will not accept new orders on credit until the overdue balance is paid or we agree a plan.',
  ])('fair: %s', clean);
  it.each([
    ['If payment is not made by 20 March 2027, the account goes to legal.', 'goes to legal'],
    ['If payment is not made by 20 March 2027, we will file a complaint under Section 138 before the competent court.', 'file a complaint under Section 138'],
    ['If payment is not made by 20 March 2027, we will refer the matter to the MSE Facilitation Council.', 'refer the matter to the MSE Facilitation Council'],
  ])('a legal step named too early at day 7: %s', (text, actual) => {
    const messages = drafts.check(text, { kind: 'draft', path: 'draft.md', stage: 'overdue-7' }).file.messages.filter((m) => m.ruleId === 'escalation');
    expect(messages.map((m) => [m.fatal, m.actual])).toEqual([[true, actual]]);
  });
  it('names a deadline in minutes as what it is, and the court\'s officers in words a US letter uses', () => {
    expect(draftErrors('Please pay the full balance within 20 minutes.')).toEqual([expect.stringMatching(/^coercion: Payment demanded within hours, the same day/)]);
    const [sheriff] = drafts.check('We will send the sheriff to levy on your equipment.', { kind: 'draft', path: 'draft.md' }).file.messages.filter((m) => m.ruleId === 'threats');
    expect(sheriff?.expected?.[0]).toMatch(/^Enforcement officers \(bailiffs, sheriffs, marshals\), levies, garnishment/);
  });
});

describe('635. kinds from two new users\' trials (AU/NZ trades, US/Canadian agencies): a grown-up sent for, speech held against the reader, the customer woken', () => {
  it.each([
    ['Do you need a grown-up to help you with the mail?', 'abuse'],
    ['In future please have someone who speaks proper English handle your calls.', 'abuse'],
    ['Please have someone with proper English call us.', 'abuse'],
    ['We note your accent on the phone made it difficult for our staff to follow you.', 'abuse'],
    ["We'll wake up your director at home tomorrow.", 'frequency'],
    ["If the front desk answers, we'll ask them to wake you.", 'frequency'],
    ['Our overnight recovery desk will try you between 11 p.m. and 2 a.m.', 'frequency'],
  ])('flagged: %s', flags);
  // The first versions flagged some of these; a review found them.
  it.each([
    'Please ask your parent company to help with the payment.',
    'Our driver will need an adult to open the gate at your childcare centre when he delivers the replacement cots on Monday.',
    'In March you asked us to find a nanny to help at your client\'s home.',
    'Please have someone who speaks Spanish call us, as our team can help in Spanish.',
    'Our statements are now checked by someone who writes plain English, so they should be easier to follow.',
    'Our Auckland office has staff who speak good English and Cantonese, so please feel free to call them.',
    'Our driver has learnt some English since last year, so he can now take card payment at your door.',
    'I loved hearing your accent again at the show.',
    'Your Accent Homes remittance was hard to follow, as it did not list invoice numbers.',
    'Sorry if our driver woke you this morning when he delivered the pallets.',
    'You asked us to wake him when the replacement boiler arrived, so our driver will ring the bell on arrival.',
    'We will avoid waking your guests by using the side gate.',
    'Your night manager has told our driver to wake the owner if there is a problem with the cold-room delivery.',
    'If anything in the statement is unclear, please keep asking questions until you are satisfied; we are happy to help.',
    'Our help desk will be open until 11pm if you want to call.',
    'Our alarm unit at your site will contact the police automatically if the gate is forced, as set out in your service agreement.',
    // A second review's.
    'Please do not worry: our team can easily understand your accent, so phone whenever it suits you.',
    'Our Sydney office has staff who speak proper English and Vietnamese.',
    'Our new driver has learnt decent English in six months.',
    'Our nanny agency can find a babysitter to help at short notice.',
    "We're sorry if we woke you with this morning's call.",
  ])('fair: %s', clean);
});

describe('638. the right rule for the harm: an account escalated is no personal liability, the reader\'s children seen is a watch kept, not a disclosure', () => {
  it('an account escalated automatically is not "accountable"', () => {
    clean('Our system has automatically escalated your account.');
    flags('As a director you are automatically accountable for the company\'s debts.', 'misleading');
  });
  it('the children seen is the threats rule\'s; telling them is still publicity', () => {
    expect(draftErrors("P.S. I've seen your kids' soccer schedule.").map((m) => m.split(':')[0])).toEqual(['threats']);
    flags("I've seen your kids at the school gates, and I'll tell them what their dad owes.", 'publicity');
    flags('Our agent saw your landlord about the balance.', 'publicity');
  });
});

describe('639. an idiom of sympathy and an agency saying what it is (a new user\'s trial in New Zealand)', () => {
  it.each([
    "I know where you're coming from on the damaged boards, and I'm happy to look at them on Tuesday.",
    'We are a licensed collection agency and have been engaged by Waikato Roofing Supplies Ltd to recover the overdue balance of $4,380.',
  ])('fair: %s', clean);
  it.each([
    ['We know where you are coming from, and we know where you live.', 'threats'],
    ['Our collection agency has been instructed to recover the balance.', 'false-authority'],
    // The agency's own introduction excuses itself only: the police claimed beside it is still false authority.
    ['We are a debt recovery firm instructed by Northgate Ltd, and the police have been informed of your debt.', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('640. a court\'s judgment named by its date states the judgment enforcement needs (a new user\'s trial in South Africa)', () => {
  it('fair: the sheriff\'s attachment under the warrant on a dated judgment', () =>
    clean("Under the warrant of execution issued on the Magistrate's Court judgment of 12 April (case 4412/2026), the sheriff attached goods at your premises on 3 May."));
  it('flagged: the sheriff with no judgment named', () => flags('The sheriff will attach your goods on Friday.', 'threats'));
});

describe('641. the police or a regulator brought in as the price of not paying, in either voice (held-back letters; trials in India and Ireland)', () => {
  it.each([
    ['Unless the account is settled by 5 March, Police will receive a complaint from us.', 'threats'],
    ['If it is not paid by Friday, HMRC will receive a letter from us.', 'threats'],
    ['Pay by Friday or the tax office hears about your cash sales.', 'threats'],
    ['Unless paid by Friday, the Gardai will be given our file.', 'threats'],
    ['If the balance remains unpaid after 15 October, your details will be sent to the Drug Control Administration office.', 'threats'],
    ['If the balance is not cleared by Friday, we will lodge a complaint with the health inspectorate.', 'threats'],
    ['If you do not pay by Friday, expect a visit from the labour inspectors.', 'threats'],
    ['Unless the full balance has been cleared beforehand, the file goes to the Financial Crime unit of the RCMP on 21 November.', 'threats'],
    ['Please also note that unless the full dues are paid within 15 days, the labour inspector will hear from us about the unpaid wages of the loaders.', 'threats'],
    // A cheque offence named in the letter excuses the complaint under it, not a regulator brought in beside it (a review's).
    ['Your cheque was dishonoured and a notice under Section 138 follows. Unless paid within 15 days, the income tax office will get full details from us of your cash sales.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'If the company does not pay by 30 June, we will object to it being struck off at Companies House.',
    'If the invoice is not paid by Friday, we will refer it to Castle Recovery, a collection agency regulated by the FCA.',
    'If the cheque is not honoured within 15 days of this notice, our client may file a complaint before the Magistrate under section 138.',
    'If it is not paid by 20 October, we intend to lodge a complaint with the police under section 489-F of the Pakistan Penal Code.',
    'If the stolen pallets are not returned by Friday, we will report the theft to the police.',
    'If payment is not made, we will refer the matter to the MSE Facilitation Council under the MSMED Act.',
    'If the invoice is not paid by 31 May, our credit insurer will be notified, as our policy requires.',
    "Thanks for sending the police crime reference number for the stolen cheque book; I've put the invoice on hold while your bank sorts things out.",
    'If you are unable to pay, you may wish to speak to the environmental health office about the grant for your kitchen.',
    // A review's.
    "If you haven't paid yet because of an email asking you to send the money to a new account, please don't: that email is a scam, and it has been reported to the police.",
    "If it isn't paid by month-end, the revenue will be reported as overdue to our board, and I'd much rather tell them it has landed.",
    "If you can't pay us until IRAS releases your GST refund, that's fine; please let me know when you hear from IRAS.",
    'If payment is not made by the due date, interest will be charged at the same rate HMRC charges on late tax.',
    'If payment is not received by 28 February, the Health Board will receive a formal letter before claim from our solicitors.',
    'Unless the invoices are paid by Friday, we will lodge an objection with Companies House, as any creditor may.',
  ])('fair: %s', clean);
});

describe('642. a lawful basis in other words: a credit bureau that is a company, a guarantee named, title kept in plain words, goods on sale or return, a suit by its number (trials in India, Nigeria and the Philippines)', () => {
  it.each([
    'If the balance is not paid by 10 July, we will report the overdue amount to CRC Credit Bureau Ltd under clause 12 of our terms.',
    'After that date we may take legal action to recover the amount under the guarantee.',
    'As provided in Section 6 of our Sales Agreement, ownership of the three split-type aircon units remains with us until fully paid.',
    'Under clause 9 of our distribution agreement, we are entitled to take back unsold stock supplied to you on sale-or-return basis.',
    'We have today filed a commercial suit in the Bombay City Civil Court, Suit No. 1123 of 2026. You will receive the summons from the court in the usual course.',
  ])('fair: %s', clean);
  it.each([
    ['Please note that Singapore law requires every business debt unpaid for 60 days to be reported to the Credit Bureau.', 'false-authority'],
    ['Legal action is now guaranteed if you do not pay.', 'misleading'],
    ['Under clause 9 of our distribution agreement, we will take back the unsold stock supplied to you.', 'threats'],
    ['We have today filed a commercial suit in the Bombay City Civil Court. You will receive the summons from the court in the usual course.', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('643. a legal status, a time limit or a loss the law does not give, and the customer\'s bank copied in (trials in India and Ireland)', () => {
  it.each([
    ['As of today your business is classed as a defaulting debtor under Irish trading law.', 'misleading'],
    ['Your company is now designated a delinquent account holder under the Commercial Credit Regulations.', 'misleading'],
    ['Because the invoice is now 60 days overdue, the law treats your company as insolvent.', 'misleading'],
    ['The limitation period never expires, because commercial debts between companies remain recoverable forever.', 'misleading'],
    ['These invoices remain recoverable indefinitely, with interest.', 'misleading'],
    ["Once the case is filed, you won't be able to travel abroad or open any bank account for five years.", 'misleading'],
    ["We have also cc'd your CA and your bank manager on this mail for their information.", 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'The limitation period for a claim on a simple contract is six years, and it has not expired.',
    'Under the Insolvency Act 1986, a company is deemed unable to pay its debts if it does not comply with a statutory demand within 21 days.',
    'Under our terms, an account more than 60 days overdue is classed as delinquent and placed on stop.',
    "I won't be able to travel to your site this week, so let us talk by phone.",
    'If you cannot travel to our office, we can meet online.',
    // A review's.
    'If you do not hold a UK bank account, you can pay by card through the link below.',
    "I understand you can't travel abroad until your new passport arrives, so let's speak by video.",
    'The credit note has no time limit and never expires; it remains claimable until you use it.',
    'Our terms give 14 days to query an invoice, and your time limit never ran out, because you raised the query on day 3.',
    'If it is neither paid nor set aside within 21 days, the law treats your company as insolvent, and our client may present a winding-up petition.',
    "I have included your landlord's consent letter for the works in this mail.",
    'Under RBI rules only a bank can classify a borrower as a wilful defaulter; we are a supplier and cannot.',
    'Please cc your bank on the remittance mail so they can trace the payment.',
    'I have copied our own bank manager on this email so the refund can go through today.',
  ])('fair: %s', clean);
});

describe('644. the customer asked to pass news to its own staff is no disclosure (held-back letters)', () => {
  it.each([
    "We've moved to a new bank. Would you mind passing on to your colleagues that payments should now be sent using the details in the attached letter?",
  ])('fair: %s', clean);
  it.each([
    ["I'm told your suppliers will hear about this from us on Monday.", 'publicity'],
    ['We have been told to let your bank know about the arrears.', 'publicity'],
    ['I was told to let your bank know.', 'publicity'],
    // A review's: the customer pressed to copy in others than its own bank.
    ['Please cc your bank and your landlord on your reply to this email, as both need to know your company cannot pay its suppliers.', 'publicity'],
    ['I have copied our bank and your three biggest customers on this mail.', 'publicity'],
    ['Would you mind passing on to your suppliers that you owe us £4,000?', 'publicity'],
  ])('flagged: %s', flags);
});

describe('645. threats without a violent word: entry whatever bars it, another debtor\'s fate held up (trials in Ireland, Scotland and India)', () => {
  it.each([
    ["The lads have been told to do whatever it takes to get in. If the gate's chained, it'll not be chained for long.", 'threats'],
    ["A few of us will come out and load up what's ours. Locks and gates won't come into it.", 'threats'],
    ['The last person who played games with him had to shut his shop in Dadar and leave Mumbai.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Our engineers will do whatever it takes to get the heating working again before the weekend.',
    'Our driver will get in one way or another, so please leave the gate code with reception.',
    "The locks won't stop working after the update, as the firmware is separate.",
    'The last firm that ignored our letters ended up in court, where a judge decided the claim.',
    // A review's.
    'One way or another we need to get in touch with whoever approves payments.',
    "Supply chain delays won't stop us delivering on time.",
    'One client who owed us a similar amount ended up saving his business by agreeing a plan with us early.',
    'The last customer who tried to pay at our trade counter had to come back to the shop the next day because the card machine was down.',
  ])('fair: %s', clean);
});

describe('646. something beyond the debt as the price of a release or of patience (trials in India and Scotland)', () => {
  it.each([
    'We will take no further steps on the debt on one condition: that Strathearn Farms signs the attached three-year exclusive supply agreement.',
    'The consignment will be dispatched only once you sign the attached letter accepting 24% interest on all old dues.',
    'Our no-dues certificate will be issued only after you clear Rs 7,85,000 and also agree to purchase a minimum of Rs 20 lakh of stock from us.',
    'We will hold off on the debt if you sign a three-year supply contract with us.',
  ])('flagged: %s', (text) => flags(text, 'coercion'));
  it.each([
    'If you sign the three-year agreement, we can offer 5% off all new orders.',
    'Should you accept our new terms, which include a minimum order of 10 cases, your volume discount continues.',
    'Once you sign the payment plan, we will hold off any further steps.',
    'Signing the exclusive supply agreement is not a condition of the payment plan.',
    'If you would like to join our two-year supply programme, please let me know; it has nothing to do with the overdue invoices.',
  ])('fair: %s', clean);
});

describe('647. every arrangement refused in other words: agreeing ruled out ahead, talk only once paid, promises ignored, the asking scorned (held-back letters)', () => {
  it.each([
    'We will not agree any instalments.',
    'We will not be agreeing dates, instalments or anything else.',
    'Pay and then we talk, not before.',
    "I won't be forwarding your offer of £200 a month to our credit team, so save your breath.",
    'Promises to pay are not recorded by this system and will be ignored.',
    'When your own customers get round to paying you is of no interest to us.',
    'Please do not call me again with your proposals of installments. It is an insult to my intelligence.',
  ])('flagged: %s', (text) => flags(text, 'coercion'));
  it.each([
    "If the account is unpaid on 11 October and we haven't agreed a plan, I'll refer it to our agency.",
    'I could not agree more that a plan makes sense.',
    "I won't be agreeing any more extensions. If it's not in my account by Friday 28th, I'll ask my solicitor to issue proceedings the following week.",
    'Please pay the undisputed part first, then we can talk about the rest.',
    'A promise to pay is recorded on your account and we will hold off until that date.',
    'Your family is of no interest to us in this matter, and we will never contact them.',
    'I hope this is not an insult to your intelligence, but please check the sort code.',
    'Save your breath for the trade show; we can sort the invoice by email.',
  ])('fair: %s', clean);
});

describe('648. a share of the debt as a fee said to be the law\'s (a new user\'s trial in the US South and Midwest)', () => {
  it.each([
    'Accounts we place with an agency are subject to the 40% placement charge allowed under Kentucky statute.',
    'Under the Act, a recovery fee of 15% applies to every overdue invoice.',
  ])('flagged: %s', (text) => flags(text, 'misleading'));
  it.each([
    'We may claim fixed-sum compensation of £70 under the Late Payment of Commercial Debts (Interest) Act 1998.',
    'Under the Late Payment Act, interest of 8 percent above base rate applies.',
    'Under our terms, an administration fee of 10 percent applies to accounts placed with an agency.',
    'Under clause 9 of the contract, a fee of 15% applies to late payments.',
    "Our agency's commission is 20%, which we pay ourselves; it is not added to your balance.",
  ])('fair: %s', clean);
});

describe('649. a second review\'s breaks of §646–§648, mended', () => {
  it.each([
    ['We will release the consignment only once you sign the attached letter accepting 24% interest on all overdue invoices.', 'coercion'],
    ['The balance can wait, as long as you sign a 36-month supply contract with us.', 'coercion'],
    ['Your offer of £100 a month went straight in the bin, so save your breath.', 'coercion'],
    ['How your illness affects the business is frankly of no concern to us.', 'coercion'],
    ['We do not agree payment plans for customers like you, full stop.', 'coercion'],
    ['Under Kentucky law, a 40% placement fee applies to accounts we send to our collection agency.', 'misleading'],
    ['The statutory collection fee of 25% now applies to this invoice.', 'misleading'],
    ["If you don't pay by the 30th, the Revenue will hear about your off the books jobs.", 'threats'],
    ["If you don't pay by the 15th, the tax office will be getting a copy of everything we know about your cash sales.", 'threats'],
    ['If you don\'t pay by Friday, we will report your fake invoices to the police.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'To be clear, we will not ask you to sign the exclusive supply agreement before we release the goods; we only need payment of invoice 2291.',
    'If you agree, we will freeze interest on the outstanding balance while the plan runs.',
    'Once you accept the credit note, which is backdated to 3 May, the outstanding balance will be £1,240.',
    'When you signed our credit application you accepted that interest is charged on outstanding invoices at 10% a year.',
    'We will not agree to any deduction for the damaged pallets without photographs and the signed delivery note.',
    'We will not agree dates on your behalf: please choose the instalment dates that suit your payroll.',
    "You won't need to print the plan: save yourself the trouble and just reply to this email to accept it.",
    'Promises to pay made by phone are not recorded on our system, so please email the date you expect to pay and I will note it.',
    'Because your customers pay you late, this plan is no interest and no fees.',
    'Card payments carry a 1.2% surcharge, permitted under the Competition and Consumer Act, to cover our merchant fees.',
    'Under the MSMED Act, an interest charge of 20.25% per annum applies to the delayed payment.',
  ])('fair: %s', clean);
});

describe('650. merge fields read as the words they stand for: a field after a full stop starts a sentence; the customer\'s fields are "you"', () => {
  it.each([
    ['If this is not paid, {{customer_company}} will be named in our trade newsletter.', 'publicity'],
    ['If this is not paid, {{customer_name}} will be named in our trade newsletter.', 'publicity'],
    ['If {{customer_company}} has not paid by Friday, we will send the lads round.', 'threats'],
    ['Unless paid, our lads will visit {{customer_company}}\'s premises on Monday to collect what is owed.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Mate, last one from me before the break. {{amount_due}} on {{invoice_number}} by Thursday if you can.',
    'Was it paid? {{customer_contact_name}} told us it was. We will check and come back to you.',
    'Dear Mr. {{last_name}}, invoice no. {{invoice_number}} is now 30 days overdue. Please pay by {{due_date}}.',
    'If {{customer_company}} pays by Friday, we will not charge interest.',
    'If the invoice is paid by {{next_step_date}}, {{customer_company}} will keep its usual credit terms.',
    'Thank you, {{customer_contact_name}}. We appreciate {{customer_company}}\'s business and look forward to working with you.',
  ])('fair: %s', clean);
});

describe('651. a verb of harm needs its object beside it, not a "you" two clauses on; a step proposed by anyone and refused after it is reported, not threatened', () => {
  it.each([
    ['We will break your windows.', 'threats'],
    ['Pay up or we will break both your legs.', 'threats'],
    ['Someone might hurt you.', 'threats'],
    ['We killed the power to your unit and your staff can sit in the dark.', 'threats'],
    ['Their office manager asked us to stop ringing the landline, and we said no.', 'frequency'],
    ['Our team suggested a "Worst Payers" page on our website, and we will publish it next week unless you pay.', 'publicity'],
    ['Someone suggested we tell your suppliers about the invoice. We won\'t. Unless you pay by Friday, though, we will tell your suppliers.', 'publicity'],
    ['Our director suggested we name you in the trade newsletter. That will not happen unless the invoice stays unpaid past Friday.', 'publicity'],
    ['I wanted to name you on our website. I did.', 'publicity'],
    ['As our solicitor recommended, we will report you to the police for fraud on Monday. You asked for another week. We said no.', 'threats'],
    ['My colleague suggested we come to your house and break your windows. Pay by Friday and we won\'t.', 'threats'],
    ['Our MD suggested sending the bailiffs round to your home tonight. Once the £3,000 is in our account, that will not happen.', 'threats'],
    ['Someone suggested giving you more time, but on Monday we will post your name and the unpaid invoice on our Facebook page. We said no.', 'publicity'],
    ['I wanted you to know that our lads will be waiting at your home tonight. You asked us to keep this between ourselves. We won\'t.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Nicola, a friendly note: once an invoice passes 90 days, nothing doubles. Yours hits 90 days on Thursday; could you pay by then?',
    'We have seen the coverage of the cyclone hitting Mackay, hoping you and the team are fine.',
    'We will break ground at your site on Monday.',
    'Someone here suggested a "Worst Payers of 2026" page on our website. We said no: we never publish anything about customers\' accounts.',
    'Someone suggested a Wall of Shame on our website. We said no, it is unlawful and not how we treat customers.',
    'Our sales manager proposed naming you in the trade newsletter. I have told him that will not happen.',
    'Someone suggested we tell your suppliers about the invoice. We won\'t.',
    'Brent from our sales team told you he would be visiting your site several times a day until you paid. That was never our policy, and I\'m sorry if it caused any alarm.',
    'A couple of people have suggested to me that I should post something on LinkedIn, or mention it to the stockists we met at the launch. I want you to know that I won\'t be doing either.',
  ])('fair: %s', clean);
});

describe('652. a law said to give a surcharge, a monthly rate or a share of the debt; a late-payment statute said to give compensation above its fixed sums or by the month', () => {
  it.each([
    'The Late Payment Act entitles us to add one quarter again to the whole balance, so the amount due is now £5,650.00.',
    'Invoice 30271 went unpaid past 60 days, and the Uniform Commercial Code entitles sellers in that position to a 25% surcharge.',
    'Where payment is held up past 45 days, the MSMED Act, 2006 gives us interest of 36% for each month of delay.',
    'Re the Late Payment of Commercial Debts (Interest) Act 1998. The Act gives us a fixed £250.00 in compensation on every invoice paid late.',
    'Under the Late Payment Act we will add £100 compensation every month the invoice stays unpaid.',
  ])('flagged: %s', (text) => flags(text, 'misleading'));
  it.each([
    'Under the Late Payment Act, interest of 8 percent above base rate applies.',
    'Card payments carry a 1.2% surcharge, permitted under the Competition and Consumer Act, to cover our merchant fees.',
    'Our terms allow us to add 2% per month on overdue balances.',
    'The MSMED Act gives us interest at three times the bank rate, compounded monthly.',
    'Under the Late Payment of Commercial Debts (Interest) Act 1998 we may claim £70 compensation on each invoice.',
    'We claim statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 and fixed compensation of £210 (£70 on each invoice).',
    'Under the Late Payment Act we have added compensation of £100 for each of the four invoices, £400 in all.',
  ])('fair: %s', clean);
});

describe('653. the debt passed to a third party in office words; "provided" as a participle opens no condition; a judgment stated in its court with "case" and its number (three new users\' trials)', () => {
  it.each([
    ['Our account manager has briefed your kitchen brigade and front-of-house supervisors on the current arrears.', 'publicity'],
    ['A summary of the arrears will be provided to your pub company and to the neighbouring businesses on the parade.', 'publicity'],
    ['A copy of your account history has been passed to the business editor of the Kent Messenger.', 'publicity'],
    ['A summary will be provided to your landlord.', 'publicity'],
    ['LITIGATION NOTICE. Case number 2024-118. Proceedings have been issued against you in the County Court.', 'false-authority'],
  ])('flagged: %s', flags);
  it.each([
    'A copy of the signed delivery notes has been provided to your accounts team.',
    'The 5% discount applies provided payment reaches us by Friday.',
    'As you\'ll be aware, judgment was entered against Russo Landscaping Pty Ltd in the Local Court of NSW on 3 May (case 2024/00187455).',
    'Judgment was granted against Nel Boerdery (Pty) Ltd in the Magistrates\' Court for the district of Worcester on 8 April, case 2211/2023.',
    'We have briefed our solicitors on the arrears.',
  ])('fair: %s', clean);
});

describe('654. a new user\'s trial in US and Canadian English: a fee said to apply under a code, a domain registered in the customer\'s name held, a security agreement read with the securities statute, a credit application that authorises reporting', () => {
  it.each([
    ['A 25% collection charge applies under the Texas Business and Commerce Code to commercial balances more than 60 days old.', 'misleading'],
    ['We\'ve decided to hold the code, along with your admin login and the email archive, until the balance is cleared. We know the domain is registered in your name.', 'coercion'],
    ['Under the Personal Property Security Act, if the arrears are not paid by October 25, we may take possession of your equipment.', 'threats'],
    ['We are required by law to notify your bank of the arrears.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Under the agreement and the Personal Property Security Act, if the arrears are not paid by October 25, we may take possession of the equipment.',
    'Your credit application authorizes us to report payment history to Creditsafe and to answer trade reference requests from other suppliers.',
    'Card payments carry a 1.2% surcharge, permitted under the Competition and Consumer Act, to cover our merchant fees.',
  ])('fair: %s', clean);
});

describe('655. a new user\'s trial in British and New Zealand trades: a notice put up at the site saying the debt is outstanding, the creditor\'s own enforcement division, the customer\'s wife remarked on', () => {
  it.each([
    ['From 1 July, a notice will be displayed on the hoarding at your current Rolleston site stating that payment to Canterbury Frame & Truss is outstanding, with the amount.', 'publicity'],
    ['Our Enforcement Division has been instructed to attend your yard once the judgment is registered.', 'false-authority'],
    ['P.S. Your missus drives the blue Qashqai, doesn\'t she? Parks it outside the Co-op on Tuesdays. Nice motor. Be a shame.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'A notice will be displayed at reception stating our new opening hours.',
    'A notice will be posted to your registered office stating that the invoice is unpaid.',
    'Our Parking Enforcement Division manages the car parks at both sites.',
  ])('fair: %s', clean);
});

describe('656. what a review of §650-§655 found: proposals refused only unconditionally, harm to the customer\'s people however named, statutory sums and rates stated rightly, goods supplied to a third party, exceptions kept to their own recipients', () => {
  it.each([
    ['Pay by Friday or we will hurt every single one of you.', 'threats'],
    ['Pay this week or we will hurt the people who work for you.', 'threats'],
    ['The lads would hate to have to break the legs of anyone at your company.', 'threats'],
    ['Our director suggested we post your name on Facebook. Pay today and we won\'t.', 'publicity'],
    ['You wanted 60 days; instead, every supplier in the county will hear on Monday that you don\'t pay your bills. We said no.', 'publicity'],
    ['Your credit application authorizes us to report your payment history to your other suppliers and to your landlord.', 'publicity'],
    ['The agreement you signed allows us to disclose the debt to your customers, and we intend to.', 'publicity'],
    ['Your name and the arrears will be supplied to the pub company on Monday.', 'publicity'],
    ['Under our contract and the PPSA, our crew will break in and take back every desk we supplied on Friday if you are not there to open up.', 'threats'],
    ['Legal proceedings have now been filed against you. Please quote our reference, County Court claim 1, when you call.', 'false-authority'],
    ['If this is not paid by Friday, {{debtor_name}} will be named in our trade newsletter.', 'publicity'],
    ['Under the Late Payment Act, you now owe a further £300 in compensation on every invoice.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'I\'m sorry: our driver hit your van in the car park on Monday, so we have taken the repair cost off invoice 4471.',
    'Your replacement stock will hit your warehouse on Tuesday.',
    'Losing the Tesco contract will have hit {{customer_company}} hard, so we are happy to spread the balance.',
    'A member of our team said that we would put your name on our website. That was never our policy, and I apologise if it upset anyone.',
    'The malt on invoice 2231 was supplied to your brewery on 3 March and remains unpaid.',
    'Our records show the keys were handed to your landlord when the lease ended, so the deposit question is one for him.',
    'Under the Late Payment Act we claim fixed compensation of £140 for both invoices (£70 each).',
    'Under the Late Payment Act we claim £70 compensation plus statutory interest at £1.85 a day.',
    'A 10% GST charge applies under the GST Act to our recovery costs.',
    'The car, registered in your company\'s name, will be released once the storage charges for that car are paid.',
  ])('fair: %s', clean);
});

describe('657. a judgment stated in a relative clause after the client it names, and its enforcement stood down on payment (a new user\'s trial in Australian English)', () => {
  it('a solicitor\'s letter enforcing a judgment it states passes', () => {
    clean('We act for Cairns Marine Supplies Pty Ltd, which obtained judgment against Reef Charter Co Pty Ltd in the Magistrates Court of Queensland at Cairns on 18 March (claim MAG-00412/24) for $33,500.\n\nAs the judgment remains unpaid, our client has obtained an Enforcement Warrant for Seizure and Sale of Property. The warrant has been given to the enforcement officer, who may seize and sell company property to satisfy the debt.\n\nPayment of the judgment sum, interest and costs will stop enforcement. Please contact us promptly.');
  });
  it.each([
    ['Pay the balance today to stop the enforcement officers attending on Monday.', 'false-authority'],
    ['Our client, which obtained a discount from us last year, will send the bailiffs in on Monday unless you pay.', 'threats'],
  ])('flagged: %s', flags);
});

describe('658. what the customer raised, looked at only once the debt is paid, in either order and voice; the customer told to sell what it owns, in the imperative; what it needs held until it signs more than the debt (held-back sets\' coercion misses)', () => {
  it.each([
    ['We\'ll go through the timesheet query as soon as the whole balance has reached our account.', 'coercion'],
    ['Your complaint about the damaged pallets will be reviewed only after every invoice on the account is settled.', 'coercion'],
    ['Queries cannot be logged on this account while any balance is outstanding.', 'coercion'],
    ['Happy to investigate the shortfall you reported, once the full £3,200 has cleared.', 'coercion'],
    ['No query gets considered until every invoice has been paid in full.', 'coercion'],
    ['Until the balance is in our account, the delivery question is not something we will be looking at.', 'coercion'],
    ['Of course we will review it, just as soon as the full balance has cleared, including the amounts you are challenging.', 'coercion'],
    ['You\'ve got three excavators parked in your yard doing nothing. Sell one and our invoice is cleared this week.', 'coercion'],
    ['That new Land Cruiser outside your office is worth twice what you owe. Flog it and the invoice is sorted.', 'coercion'],
    ['Your next consignment will be dispatched as soon as the enclosed acknowledgement of debt has been signed by a director and returned.', 'coercion'],
    ['Until we get the signed guarantee back from you personally, the plate you ordered stays in our yard.', 'coercion'],
    ['Sign the enclosed two-year supply agreement and we will talk about the overdue invoices; without that signature, nothing moves.', 'coercion'],
    ['Order 3381 will ship only once the revised credit terms are signed and back with us.', 'coercion'],
    ['Before we discuss dates at all, we need the waiver form signed by a director.', 'coercion'],
    ['Put the holiday home on the market and pay us from the proceeds.', 'coercion'],
    ['Selling the warehouse, or part of it, would pay this balance several times over.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We are looking into your query about the delivery and will reply by Friday. Meanwhile, please pay the undisputed £2,000.',
    'Once your query is settled, the invoice will be due within 14 days.',
    'We will review the credit limit once the account is up to date.',
    'Once the undisputed £4,000 is paid, we will look into the remaining query with the carrier.',
    'Your complaint was reviewed after the invoice was paid, and a credit of £120 was issued.',
    'We will investigate your complaint whether or not the invoice has been paid.',
    'If you tell us the invoice is disputed, we\'ll stop chasing while we look at it, and once it\'s paid the statement will show it as settled.',
    'If you decide to sell the business, please let us know so that the balance can be settled on completion.',
    'Please do not sell the goods until they are paid for, as title stays with us until then.',
    'You may sell the stock in the ordinary course of business; title passes to you once paid.',
    'Sell-by dates are printed on each pallet.',
    'Selling the warehouse is your decision; all we ask is a date for the £4,000.',
    'We will release the next delivery once the delivery acknowledgement for the last one is signed.',
    'Your order will be dispatched as soon as the direct debit mandate is signed and returned.',
    'Once the instalment agreement is signed, we will stop all further action while payments are kept up.',
    'The driver left the delivery at the side door without a signature.',
  ])('fair: %s', clean);
});

describe('659. the customer\'s things moved away by whatever carries them, or said to leave its place with the sender, as the price of not paying; the sender\'s own things named as taken, not a place of the sender\'s', () => {
  it.each([
    ['If the balance isn\'t cleared by Friday, our driver will drive your forklift away and keep it at our depot.', 'threats'],
    ['Pay by 5pm or your trailer is being hauled off to our yard tonight.', 'threats'],
    ['If you do not pay by 5pm, we will tow your trailer to our yard.', 'threats'],
    ['Money in our account by end of today, otherwise the ute\'s leaving your driveway with us this afternoon.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'If the invoice is not paid, our driver will drive away without unloading the pallets.',
    'If the pallets are not needed, our driver will drive them away on Tuesday as you asked.',
    'If you are not there to sign, the pallets will leave with our driver and come back on Monday.',
    'If the hire is not paid by Friday, we will take the hired generator away to our depot.',
    'If the hire is not paid by Friday, our scaffold will be taken down.',
  ])('fair: %s', clean);
});

describe('660. the sender as the one told ("I\'m told", "let me know") and the customer as the one asked to tell its own bank are not disclosure; the customer\'s staff at a named place told of the debt, and its name and debt read out where the trade meets, are (held-back sets and a new user\'s trial in Irish, Scottish and Indian English)', () => {
  it.each([
    ['Your staff at the Vapi unit were informed by our representative that the company has not paid our dues for five months.', 'publicity'],
    ['The Secretary has agreed that your firm\'s name and the amount will be read out at the monthly meeting on the 15th.', 'publicity'],
    ['I\'ve been told to let your landlord know about the arrears, and I will.', 'publicity'],
    ['Let me know by Friday, or we will tell your suppliers that you are behind on payments.', 'publicity'],
  ])('flagged: %s', flags);
  it.each([
    'Sorry to hear about your father; the funeral is Friday, I\'m told. The £14,200 can wait until the 21st.',
    'Angela, I\'m told your payroll goes out Friday; pay your staff first, of course.',
    'If your bank needs anything further from us, do let me know.',
    'We request you to inform your purchase department and your bank about the revised details before paying the overdue invoice.',
    'Your staff at the depot were told that the delivery is booked for Tuesday.',
    'Your new opening hours will be read out at the members\' meeting.',
  ])('fair: %s', clean);
});

describe('661. a law named as the basis of a surcharge (in accordance with, under), the rate before or after its charge; blank cheques demanded; a separate company\'s orders held for this one\'s debt (a new user\'s trial in Irish, Scottish and Indian English)', () => {
  it.each([
    ['A recovery surcharge of 25% has been applied in accordance with the Late Payment Regulations.', 'misleading'],
    ['A 25% recovery surcharge applies under the Late Payment Regulations.', 'misleading'],
    ['Under the Regulations we have added a 20 percent penalty to the balance.', 'misleading'],
    ['Please post to us six company cheques, signed by a director, with the date and amount left blank.', 'coercion'],
    ['We need three signed blank cheques from you by Friday.', 'coercion'],
    ['Please note that orders from Nolan Retail (Galway) Ltd, a separate company, will also be held until the Athlone company\'s balance is cleared.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Under clause 7 of our terms, a 10% late payment charge applies.',
    'Under the Late Payment Act we add interest at 8% over the Bank of England base rate.',
    'Card payments carry a 1.5% surcharge under the Act.',
    'Please do not send blank cheques; a bank transfer is best.',
    'Please make sure the date and amount on the cheque are filled in before you post it.',
    'Orders for your Leeds branch will be held until the Leeds account is paid.',
  ])('fair: %s', clean);
});

describe('662. work reported done at the customer\'s yard and a delivery waiting outside are no visit threatened; contact kept up whatever the customer asked; a court\'s number before the court; the customer\'s people judged by their origin or set below animals (a new user\'s trial in US, Canadian and South African English, and held-back false positives)', () => {
  it.each([
    ['You asked us to stop calling. Noted, but we\'ll keep calling your cell anyway.', 'frequency'],
    ['Businesses run by people of your background often need a little extra reminding.', 'abuse'],
    ['Is it a cultural thing with your family that you folks don\'t pay people, or is it just you?', 'abuse'],
    ['We have dealt with cattle that were more reliable.', 'abuse'],
    ['Our sheepdog keeps better records than your accounts office.', 'abuse'],
    ['The boys will be at your yard on Friday if the money isn\'t there.', 'threats'],
    ['A couple of my boys are parked outside your unit right now, and they\'ll wait till you pay.', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Kev, the boys wrapped up at your yard on Friday and say your foreman seemed pleased with how it came out.',
    'Associates already placed at your warehouse will continue, and we will not contact them.',
    'Darren, just so you know, a couple of my boys are parked outside your unit with the pallets you ordered. They\'ll wait for a signature.',
    'The summons in Pieterse Boerdery v. J. du Plessis Boerdery (Pty) Ltd, case number 1187/2024, Magistrate\'s Court for the district of Bethlehem, was served on your business by the sheriff on 12 June.',
    'We wish to bring to your kind attention that the following invoices remain unpaid beyond the agreed credit period of 30 days.',
    'Our cattle buyers were more reliable this season, so prices held.',
  ])('fair: %s', clean);
});

describe('663. what a review of §658-§662 found, mended: the customer\'s own way of raising a query, a payment already made, stock sold as trade goes on, ordinary paperwork signed, hired or undelivered things driven away, the customer\'s accounts staff told, praise, real tax penalties and card surcharges', () => {
  it.each([
    'You can still raise a query after the invoice has been paid; we will refund any overcharge we find.',
    'While an invoice is outstanding, you can still raise a query through the portal and we will look into it within five days.',
    'Once your payment has arrived, we will review your query about the early-payment discount.',
    'Once the invoice is paid, we\'ll review your credit limit and discuss the pricing question for next year\'s contract.',
    'You have paid all the March invoices, including the one you questioned last week, so your account is up to date.',
    'Sell them at the recommended retail price and pay us our share at month end, as the consignment agreement sets out.',
    'We know you\'ll pay when you can sell the harvest, so we have set the due date for 31 October as agreed.',
    'You can keep selling the stock normally while the plan runs; title passes to you once each invoice is paid.',
    'Selling the old racking to us would cover the cost of the new install; we\'ll send you a trade-in price.',
    'Your first order will ship once the new account terms are signed and returned.',
    'We will dispatch your order once we receive the signed order acknowledgement.',
    'Keys to the new unit will be released once the deed of variation to your lease is signed.',
    'If the hire charges aren\'t paid by Friday, our driver will drive the hired forklift away.',
    'If the COD payment isn\'t ready on Tuesday, our driver will drive the pallets away and redeliver once paid.',
    'Your team at the head office were informed on 3 May that invoice 4471 is overdue.',
    'Congratulations: your company\'s name will be announced at the association dinner as Supplier of the Year.',
    'HMRC has charged a 5% late payment penalty under the Finance Act 2009 on the tax that was paid late.',
    'In accordance with the Competition and Consumer Act, a surcharge of 5% applies when you pay using your American Express card.',
    'You sent us an undated cheque for £450; please send a replacement dated today.',
    'Cheques with the date left blank will be returned to you unbanked.',
    'Orders from your sister company, Nolan Cork Ltd, are on hold until its own overdue balance is cleared.',
    'Please keep calling us anyway if anything on the statement is unclear.',
    'Thanks so much, you folks always pay on time and we appreciate it.',
    'Businesses of your kind often find our 60-day terms helpful.',
    'Our new sheep tags keep more reliable records than your old paper system, as the trial on your farm showed.',
  ])('fair: %s', clean);
  it.each([
    ['Pay the full balance, and once it has cleared we\'ll look into your query.', 'coercion'],
    ['A couple of my boys are parked outside your unit with the pallets, and they\'ll wait there till you pay.', 'threats'],
    ['Our associates placed at your warehouse will stay on until the balance is cleared.', 'threats'],
    ['We would like you to tell your customers that you are behind on payments to suppliers.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('664. the review\'s harmful paraphrases of §658-§662 that passed before and after: the query gate settled up, squared, after the account is cleared, before full payment; the lot sold; a signature pending or put to a guarantee; things loaded onto the sender\'s transport; staff at a site told; cheques signed for the sender to complete', () => {
  it.each([
    ['Nobody here will look at your complaint till you\'ve settled up.', 'coercion'],
    ['Settle the account first; then we\'ll look at the query.', 'coercion'],
    ['We\'ll get to your complaint after you clear the account.', 'coercion'],
    ['No-one will investigate the shortages before payment is made in full.', 'coercion'],
    ['Your credit note request will be looked at once the account is squared.', 'coercion'],
    ['Your claim for the short delivery will be assessed after full payment has been received.', 'coercion'],
    ['Flog the lot and pay us by Friday.', 'coercion'],
    ['Sell off a couple of the trucks and square us up.', 'coercion'],
    ['Why not sell the Range Rover and pay us?', 'coercion'],
    ['No more stock leaves our warehouse till you\'ve put your name to the personal guarantee.', 'coercion'],
    ['Your deliveries are on hold pending receipt of a signed acknowledgement of debt.', 'coercion'],
    ['We need a personal guarantee from you before any more orders go out.', 'coercion'],
    ['The acknowledgement of debt must be signed before your order is released.', 'coercion'],
    ['Pay by Friday or the forklift goes on our low-loader.', 'threats'],
    ['If we are not paid by Friday, our driver will drive off in your van.', 'threats'],
    ['We\'ve told your staff at the Leeds site that the company is behind on payments.', 'publicity'],
    ['Just sign a few cheques and we\'ll fill in the rest.', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'We looked at your complaint after you paid and found nothing wrong.',
    'We will look into it even before payment is due.',
    'If you are not there, our driver will drive off in the van and come back tomorrow.',
    'Your order will go on our truck on Tuesday morning, as agreed.',
  ])('fair: %s', clean);
});

describe('665. a supplier\'s own stop list is no court listing called off for payment', () => {
  it('a lawful stop on further orders passes', () => {
    clean('If the invoice is not paid by Friday, further orders will go on our stop list.');
  });
  it.each([
    ['Pay by Friday to stop the hearing.', 'false-authority'],
    ['Payment today will cancel the listing at the County Court next week.', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('666. a suggestion asked with its auxiliary ("why don\'t you …") is no negation: the sale, the loan or the visit it proposes is read', () => {
  it.each([
    ['Why don\'t you sell the Range Rover and pay us?', 'coercion'],
    ['Why doesn\'t he just flog the boat?', 'coercion'],
    ['Why not take out a loan to pay us?', 'coercion'],
    ['Why don\'t you ask your bank for an overdraft?', 'coercion'],
    ['Why don\'t we just send the lads round to your yard to collect?', 'threats'],
  ])('flagged: %s', flags);
  it.each([
    'Why don\'t you call us on Monday to agree a plan?',
    'Why don\'t you ask your bank for a copy of the remittance?',
    'Why didn\'t you tell us the goods were faulty?',
    'Why don\'t we put the account on hold while we look at the query?',
  ])('fair: %s', clean);
});

describe('667. a meeting with the customer\'s people, then the debt promised not to come up: withdrawn, unless the promise is bought by paying or leaves others out', () => {
  it.each([
    'I am meeting your bank manager at the golf club on Saturday, but I won\'t mention your account; that stays between us.',
    'I will see your father at the show next week. I won\'t raise the invoice with him or anyone else.',
    'I will be at the growers\' dinner with three of your suppliers on Friday. Rest assured your account won\'t come up.',
  ])('fair: %s', clean);
  it.each([
    ['I will see your father at the show next week; pay by Friday and I won\'t raise the invoice with him.', 'publicity'],
    ['I will see your father at the show next week, so settle up and I won\'t say a word about the money.', 'publicity'],
    ['We will tell your suppliers you do not pay. I won\'t mention it to your bank, though.', 'publicity'],
    ['We will tell your suppliers you do not pay. I won\'t mention it to your bank.', 'publicity'],
  ])('flagged: %s', flags);
});

describe('668. the customer\'s own routine given as a time not to call, or told by the customer, is not watched; the sender\'s people collecting its returnable packaging are not sent', () => {
  it.each([
    'You asked us not to ring between two and three, when you pick up your children from school, and we will keep to that.',
    'On the call she mentioned she had to collect her kids from school, so our agent offered to ring back at four.',
    'You told us you have to pick up your son from school at three, so we will not call then.',
    'Just so you know, a couple of the boys from the yard will be swinging by on Thursday to pick up the empty crates.',
  ])('fair: %s', clean);
  it.each([
    ['We know you collect your kids from Marsden Primary at quarter past three.', 'threats'],
    ['We will call at two, when you drop the children at school.', 'threats'],
    ['A couple of the boys will be swinging by on Thursday to pick up the money and the empty crates.', 'threats'],
    ['You did not pay as agreed, so a couple of the lads will come round on Friday.', 'threats'],
  ])('flagged: %s', flags);
});

describe('669. a name the sender called the customer, reported and then judged out of line, is retracted', () => {
  it.each([
    'Fergal, my message yesterday called you a chancer. That was out of line; I take it back. Please pay the invoice this week.',
    'Our driver said he would be round to your yard to collect what you owe. That was out of order, and he will not be coming.',
  ])('fair: %s', clean);
  it.each([
    ['I called you a chancer last week and I meant it.', 'abuse'],
    ['I called you a chancer last week. That was not out of line.', 'abuse'],
  ])('flagged: %s', flags);
});

describe('670. clauses: a condition after a colon is a condition; a modal alternative ("…, or judgment may be entered") supposes; a denied verb of saying bans the wording after its colon; a reason clause and its main clause make one frame', () => {
  it.each([
    'For completeness: if we had to issue a claim and it was not defended, we could ask for judgment.',
    'You must respond within the time the court gives, or judgment may be entered against the company.',
    'Never say: "If you don\'t pay today, we\'ll be round to take the van."',
    'Don\'t write: "We will tell your suppliers."',
    'As you may know, I sit on the federation\'s membership committee, and your renewal comes before us in September.',
  ])('fair: %s', clean);
  it.each([
    ['One more thing: if you do not pay by Friday, our lads will be round to collect what you owe.', 'threats'],
    ['Say: "If you don\'t pay today, we\'ll be round to take the van."', 'threats'],
    ['Because you are the owner of the company, an unpaid balance on this account goes onto your personal credit report.', 'misleading'],
    ['A claim has been issued against you, or it may be soon.', 'false-authority'],
  ])('flagged: %s', flags);
});

describe('671. what a review of §666-§670 found, mended: a promise of silence bought "as long as" the customer pays or held open by the next sentence; "it was out of line to say it" no retraction; a credit report\'s own noun no verb of the claim', () => {
  it.each([
    ['I\'m seeing your husband at the braai on Saturday. I won\'t breathe a word about the invoice, as long as you pay.', 'publicity'],
    ['I\'m meeting your bank manager at lunch on Thursday. Your account won\'t come up, so long as I have your payment by Wednesday.', 'publicity'],
    ['I\'m having dinner with your brother on Friday. I won\'t raise the invoice with him or anyone else, on condition the money is in by Thursday.', 'publicity'],
    ['I\'m seeing your wife at church on Sunday, and I won\'t say a word to her about the account. Not unless I have to.', 'publicity'],
    ['I\'m seeing your wife at church on Sunday. I won\'t mention the account to her. Yet.', 'publicity'],
    ['I\'m meeting your bank manager on Tuesday. Your account won\'t come up. Pay in full and it never will.', 'publicity'],
    ['I called you a liar yesterday. It was out of line to say it in writing. I\'ll say it to your face instead.', 'abuse'],
    ['As the owner of the business, this debt will affect your personal credit rating.', 'misleading'],
  ])('flagged: %s', flags);
  it.each([
    'I\'m seeing your wife at church on Sunday, and I won\'t say a word to her about the account. Pay when you are able; a plan is fine.',
    'Because you are the owner of the company, your personal credit report is not affected by this invoice.',
    'As the owner of the company, your personal credit report is not affected by this invoice.',
    'Some suppliers post the names of late payers online. We do not do this. But if we are not paid by 10 May, we will pass the invoice to our collection agency.',
  ])('fair: %s', clean);
});

describe('672. a suggestion asked with any auxiliary or subject: "why won\'t you …", "why doesn\'t your husband …", "why do you not …"', () => {
  it.each([
    ['Why doesn\'t your husband sell the boat?', 'coercion'],
    ['Why won\'t you sell the boat and pay us?', 'coercion'],
    ['Why can\'t you sell the boat and pay us?', 'coercion'],
    ['Why do you not sell the boat and pay us?', 'coercion'],
  ])('flagged: %s', flags);
  it.each([
    'Why can\'t your accounts team send us a remittance?',
    'Why won\'t you let us know when the payment will be made?',
    'Why doesn\'t your bookkeeper call us to agree a plan?',
  ])('fair: %s', clean);
});

describe('673. a promise of silence after an opener ("Don\'t worry,", "Needless to say,") or in other words ("wouldn\'t dream of mentioning", "none of this will be mentioned", "stays strictly between our two companies")', () => {
  it.each([
    'I\'m seeing your wife at church on Sunday. Don\'t worry, I won\'t mention the account to her.',
    'I\'m seeing your dad at the club tonight. Needless to say, I won\'t talk to him about your account.',
    'We share a stand with your distributor at the show. None of this will be mentioned to them.',
    'I\'m seeing your wife at the school fete on Saturday. I wouldn\'t dream of mentioning the account to her.',
  ])('fair: %s', clean);
  it.each([
    ['I\'m seeing your wife at church on Sunday. Don\'t worry, I won\'t mention the account to her unless you ignore this.', 'publicity'],
    ['I\'m seeing your wife at church on Sunday. Of course, I won\'t mention the account to her, as long as you pay by Friday.', 'publicity'],
    ['We will tell your suppliers you do not pay. This matter stays strictly between us and them.', 'publicity'],
  ])('flagged: %s', flags);
});
