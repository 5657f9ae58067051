import { describe, it } from 'vitest';
import { clean, flags } from '../helpers/drafts.ts';

// Kinds of false claim, coercion and repeated contact found on wording no rule was written for (issue #11: the eighth and
// ninth blind sets), each with sentences of its own, not the sets', and fair counterparts that share their words.

describe('1. the law made up in plain words: a deadline over the agreed terms, silence called an offence, a bank or accountant bound to report the customer’s money', () => {
  it.each([
    ['Legally, every invoice must be settled within five days of our request, no matter what your credit terms say.', 'misleading'],
    ['Not replying to a letter of demand counts as an offence under commercial law.', 'misleading'],
    ['Your accountant is legally obliged to disclose your company’s bank balance to us.', 'misleading'],
    ['The law gives you ten days from our demand to pay, whatever was agreed.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Unless your contract says otherwise, the law sets a default payment period of 30 days after the invoice.',
    'Not paying an invoice is not a criminal offence; it is a civil debt, and we may claim it in the county court.',
    'Please ask your bank to tell us the reference they used for the transfer, so we can match it.',
    'Your bank must give you notice before it returns a direct debit.',
  ])('fair: %s', clean);
});

describe('2. silence or a payment read as giving up the dispute', () => {
  it.each([
    ['If you don’t reply by Friday, you will be deemed to have accepted all the charges on the statement.', 'misleading'],
    ['By paying part of the invoice, you’ve agreed to the whole balance and can no longer query the delivery charges.', 'misleading'],
    ['Once you pay anything, you have given up your right to dispute the rest.', 'misleading'],
    ['Because you paid £200 last week, you have accepted the full balance including the late fees.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'If you dispute any charge, tell us within 30 days; paying part of the invoice does not stop you disputing the rest.',
    'Your silence does not mean you accept the charges, and you can still query the statement.',
    'Please sign the plan; signing it does not waive your right to dispute invoice 44.',
    'The goods are deemed accepted if not rejected within 14 days of delivery, under clause 9 of your signed terms.',
  ])('fair: %s', clean);
});

describe('3. property the law does not give: all the customer’s goods counted as the creditor’s, a lien over everything, a sale without a court, goods taken back at will', () => {
  it.each([
    ['Under the law, all the equipment in your workshop counts as ours until the account is cleared.', 'misleading'],
    ['We hold a lien over all the livestock on your farm and may auction it without a court order.', 'misleading'],
    ['We can collect the pallets at any time we like, since our logo is on the dockets.', 'misleading'],
    ['We may enter your site and take back our materials whenever we choose.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Under the retention of title clause in your signed terms, the unpaid goods we supplied remain ours until paid.',
    'We would need a court order before we could sell anything of yours.',
    'You can collect them from our yard whenever you like.',
    'Our name is on the delivery note, so your driver can check the order number there.',
  ])('fair: %s', clean);
});

describe('4. a licence, a registration or the right to trade said to hang on paying a supplier', () => {
  it.each([
    ['You cannot lawfully continue trading while our invoice is unpaid.', 'misleading'],
    ['Under state law, your contractor’s licence is automatically suspended once a supplier reports an unpaid account.', 'misleading'],
    ['If we report you, your VAT registration gets cancelled by law.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Your software licence will be suspended automatically on 15 December under clause 9 if invoice 3301 is unpaid.',
    'A credit reference agency may record a county court judgment on your company’s file.',
    'Please send us your VAT registration number so that we can correct the invoice.',
    'We cannot legally continue to hold your deposit once the hire has ended, so we have refunded it.',
  ])('fair: %s', clean);
});

describe('5. fees, commission and compounding stated as owed, on a basis the contract and the law do not give', () => {
  it.each([
    ['Storage is clocking up at £40 a day while your order sits in our yard.', 'misleading'],
    ['A recovery commission of 30% has been added as allowed by law.', 'misleading'],
    ['Interest on your account compounds daily at 3% a month.', 'misleading'],
    ['Tracing costs of twice the original debt will automatically apply from Monday.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Under clause 7 of your signed credit application, a late fee of 1.5% per month applies to overdue balances.',
    'We are entitled under the Late Payment Act to fixed compensation of £70 and to reasonable recovery costs, which we have itemised.',
    'Under clause 8 of our terms, storage of £15 a day applies to goods not collected within 14 days.',
    'Our solicitor’s fees will be added to your account under clause 12 of your signed terms.',
  ])('fair: %s', clean);
});

describe('6. lawyers said to be at work already, the case with an advocate or a police crime unit, a friend at an authority', () => {
  it.each([
    ['Our lawyers have a file open on your company already.', 'false-authority'],
    ['This matter has now been referred to our panel advocate for necessary action.', 'false-authority'],
    ['A friend of mine at HMRC says they’d be very interested in your books.', 'false-authority'],
    ['I play golf with a detective at the fraud squad.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'Our solicitors, Grant & Co, will write to you on 3 January if the account is still unpaid.',
    'If the account is still open on 20 December, we will refer it to our attorney, Ms Lopez.',
    'The contract has been reviewed by our legal team, and the interest clause applies.',
    'I spoke to HMRC about the VAT on invoice 221 and they confirmed it is zero-rated.',
  ])('fair: %s', clean);
});

describe('7. court paperwork dressed up: a hearing reference or listing, a party heading, a form’s sanction, a court title at a collection firm', () => {
  it.each([
    ['Your file has been provisionally listed for a hearing on 12 March.', 'false-authority'],
    ['Your case has been assigned a hearing slot at the county court.', 'false-authority'],
    ['Failure to complete section C of this statement may be held against you.', 'false-authority'],
    ['I’m the court enforcement officer allocated to your account.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'We issued a claim in the County Court on 4 November (claim number K7QZ1122), and the court will send you the papers.',
    'The hearing has been listed for 3 March at Bristol County Court under claim number K7QZ1122.',
    'If the account is not settled by 15 January, we will ask the court to list a hearing.',
    'Please return the signed form so that we can update your delivery address.',
  ])('fair: %s', clean);
});

describe('8. what the customer needs held back to force payment: warranty and safety work, goods released only against a waiver of disputes', () => {
  it.each([
    ['We won’t be coming out to repair your boiler under the warranty while invoice 771 is outstanding.', 'coercion'],
    ['No emergency repairs will be carried out until your balance is cleared.', 'coercion'],
    ['You must sign this letter confirming there is no dispute before we release your order.', 'coercion'],
    ['Parts will not be dispatched to any customer who refuses to sign the waiver.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'Under clause 6 of your service agreement, routine maintenance visits are paused while invoice 8810 is overdue; emergency and safety call-outs are not affected.',
    'We will release your order as soon as the overdue balance is paid or a plan is agreed.',
    'Please sign and return the payment plan so that we can release the next delivery.',
  ])('fair: %s', clean);
});

describe('9. a dispute or a credit looked at only once everything is paid, and disputing punished', () => {
  it.each([
    ['If you want to talk about the credit note, pay first.', 'coercion'],
    ['We’ll only consider your claim for a credit once the full invoice has been settled.', 'coercion'],
    ['The longer you keep disputing this, the higher the balance will climb.', 'coercion'],
    ['We will not review, discuss or answer your complaint until the account is paid in full.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'We have put invoice 55610 on hold while we look at your photographs of the damaged pallets.',
    'We will look at the credit for the damaged pallets this week and reply by Friday.',
    'If you want to talk about a plan, call me on 0161 555 0123.',
  ])('fair: %s', clean);
});

describe('10. menace with no step named: patience withdrawn, steps the customer will not enjoy, costs to be invented', () => {
  it.each([
    ['Don’t push it, or I’ll stop being nice.', 'coercion'],
    ['We will take measures that you will not enjoy.', 'coercion'],
    ['You’ll pay every fee I can come up with.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'If a payment plan would help, reply to this email and we will set one up.',
    'We will be patient while your insurer looks at the claim.',
  ])('fair: %s', clean);
});

describe('10b. a deadline in minutes with a loss attached, and harm left on the customer’s head', () => {
  it.each([
    ['Call me back within ten minutes or the discount is gone.', 'coercion'],
    ['If your shop floods while we’re not there, that’s your problem.', 'coercion'],
    ['Refuse the form if you like, and we’ll take it you’d rather handle this the hard way.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'The clock starts running when you receive this letter.',
    'If the direct debit fails, it is your responsibility to arrange another payment.',
    'We learned the hard way that paper invoices get lost, so we now email them.',
    'Please call me back within the hour if you can; I am out this afternoon.',
  ])('fair: %s', clean);
});

describe('11. requests for time turned away, full payment the only option, advice discouraged, an offer that lapses within the hour', () => {
  it.each([
    ['Our directors do not entertain requests for more time.', 'coercion'],
    ['Payment in full today is the only acceptable option.', 'coercion'],
    ['I would advise you not to speak to a solicitor about this.', 'coercion'],
    ['The offer stands only if you transfer the money within the hour.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'We can’t accept £100 a month, but we can offer six monthly instalments of £600.',
    'Please take independent advice before you sign the plan.',
    'You may wish to ask your accountant to look at the statement.',
    'Don’t send your accountant the old statement; use the one attached.',
  ])('fair: %s', clean);
});

describe('12. the owner’s or the family’s own money, the customer’s other bills put behind the sender, silence about the contact’s delay sold for payment', () => {
  it.each([
    ['We’d expect you to pay this yourself, out of your own pocket if need be.', 'coercion'],
    ['Your wife’s savings would be better used paying us than sitting in a building society.', 'coercion'],
    ['Pay us before you pay your rent this month.', 'coercion'],
    ['I’m sure you’d prefer your finance director never found out about this.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'There’s no reason for anyone else to know about your payment plan.',
    'You can pay by card, bank transfer or cheque, whichever suits you.',
    'Please pay us before the end of the month if you can.',
  ])('fair: %s', clean);
});

describe('13. contact counted and promised without end', () => {
  it.each([
    ['Third today, Tom.', 'frequency'],
    ['I’ll ring again in an hour, and again, and again after that.', 'frequency'],
    ['I’ll send it again tomorrow, and again, and again.', 'frequency'],
    ['You’ll tire of this before I do.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'We will call you on Tuesday at 10am, as you asked.',
    'We’ll call earlier tomorrow, as you asked.',
    'Our log shows you were called nine times on 24 November, and our auto-dialler should never have been set up that way.',
  ])('fair: %s', clean);
});

describe('14. other numbers kept for when one is blocked, and automation set with no limit', () => {
  it.each([
    ['Block this number if you like; I have two spare phones.', 'frequency'],
    ['Retry interval: none. Stop on dispute: off.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'We have several extra lines open this week to help with queries.',
    'Reminders pause automatically while an invoice is in dispute, and we never send more than one a week.',
  ])('fair: %s', clean);
});

describe('15. the same kinds in other word orders: the object first, the passive, the offence stated backwards, a question', () => {
  it.each([
    ['Should you fail to object within seven days, the charges will be treated as agreed.', 'misleading'],
    ['Did you know it’s an offence not to respond to a supplier’s written demand?', 'misleading'],
    ['A hearing reference has been allocated to your file.', 'false-authority'],
    ['Querying it again will only make the bill bigger.', 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    'If you do not object within 30 days, the charges are not treated as agreed; you can still dispute them later.',
    'The court will give you a hearing reference if the claim is defended.',
    'Querying an invoice will not make the balance bigger; interest is frozen while we look.',
    'Your bank will never disclose your balance to a creditor without your consent.',
  ])('fair: %s', clean);
});

describe('16. contact kept up past a block, counted by the hour, or set with no limit', () => {
  it.each([
    ['This is my eighth voicemail since breakfast.', 'frequency'],
    ['If you block this number, I’ll just use another.', 'frequency'],
    ['Expect me on the line again at lunchtime, then at three, then at five.', 'frequency'],
    ['Contact frequency: unlimited.', 'frequency'],
  ])('flagged: %s', flags);

  it.each([
    'This is the fourth reminder we have sent this year.',
    'If our emails are blocked by your filter, please let us know another address.',
    'We’ll keep sending your statements once a month.',
    'Deliveries at 7, then at 12, then at 5.',
  ])('fair: %s', clean);
});

describe('17. a creditor’s own people said to have done what only a court or a lawyer does', () => {
  it.each([
    ['Our in-house Recovery Division has reviewed your file and authorised enforcement.', 'false-authority'],
    ['Your matter has been listed before the registrar on 10 March.', 'false-authority'],
    ['Our lawyer has now drafted the claim against your company.', 'false-authority'],
    ['Failure to complete this form will be reported to the court.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'The court authorised enforcement on 3 March after the judgment.',
    'We have authorised our agent, Lakeshore Credit Services, to contact you about the account.',
    'If the invoice is unpaid on 3 January, our solicitor will draft a claim.',
    'Failure to return the signed plan may delay the first collection date.',
  ])('fair: %s', clean);
});

describe('18. bodies, registers and authorities the creditor invents, and a company’s debt put on its directors', () => {
  it.each([
    ['Your account has been reported to the appropriate authorities.', 'false-authority'],
    ['I write as an accredited officer of the Trade Debt Bureau.', 'false-authority'],
    ['Failure to reply to this letter will be recorded on your regulatory file.', 'false-authority'],
    ['As directors you are personally and jointly liable for these invoices.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Under the personal guarantee you signed on 3 March, we may pursue your personal assets if the company does not pay.',
    'The automatic stay applies, so we have stopped all collection and will file a proof of claim.',
    'Please take legal advice before signing the guarantee.',
  ])('fair: %s', clean);
});

describe('19. the disputed part demanded with the rest, the customer’s own systems or deposit held, a guarantee signed without advice', () => {
  it.each([
    ['Once you’ve paid everything, including the charges you disputed, we’ll release your files.', 'coercion'],
    ['We have reset the admin password on your website hosting account.', 'coercion'],
    ['The deposit you put down on the new van order is gone if this isn’t paid today.', 'coercion'],
    ['Sign the guarantee today without getting legal advice; there’s no time for that.', 'misleading'],
  ])('flagged: %s', flags);

  it.each([
    'Once the undisputed invoices are paid, we will look at the disputed one together.',
    'We have reset the admin password on our customer portal; your login is unchanged.',
    'The deposit you paid on the March order has been refunded in full.',
  ])('fair: %s', clean);
});

describe('20. ordinary AR wording a fresh review found flagged by the rules of this round: lawful steps with their dates, the Late Payment Act’s sums, apologies for contact, policy fields, fraud warnings, channels for a request', () => {
  it.each([
    'Please pay this invoice before the bank holiday so it clears before the weekend.',
    'Please pay our invoice before the VAT quarter closes so we can both reconcile.',
    'We have instructed our solicitors, Harper & Lane LLP, to issue a claim if the balance is not paid by 30 April.',
    'We have consulted our solicitor, who confirms the late-payment interest is correctly calculated.',
    'Our solicitor has drafted the settlement papers for you to review before Friday.',
    'Our legal team has approved your claim for the damaged stock, so a credit note will follow.',
    'Failure to return the Reply Form may be taken into account by the court when it decides costs.',
    'Fixed compensation of £400 (£100 on each of the four invoices) is claimed under the Late Payment Act.',
    'Interest at 12% a year (8% over the 4% base rate) is payable under the Act.',
    "I'm sorry you received four calls from us today; our dialler had a fault and it has been fixed.",
    'Sorry, this is the fourth email from us today; our system sent duplicates.',
    'You mentioned four missed calls on your mobile; none of them came from us.',
    "We have sent eleven unanswered emails to your AP inbox since March, so we've switched to post.",
    'Minimum gap between reminders: no less than 7 days.',
    'Pause on dispute: no further reminders are sent while a dispute is open.',
    'Contact limit: none by phone; email only, as you asked.',
    "We've set up monthly statements so you can keep up with what's due.",
    "Don't call to discuss this reminder if you have already paid; it crossed in the post.",
    "Don't ask for an extension by phone; please use the form on the portal.",
    "We won't consider the claim further until we get the delivery photos you mentioned.",
    'We recommend you do not contact anyone who asks you by WhatsApp to change our bank details.',
    'We do not entertain requests to change bank details by email; please call us to confirm.',
    'Before the driver unloads, someone must sign the delivery note confirming the number of pallets; any claim for damage can still be made within 7 days.',
    "You haven't given up any right to dispute the invoice by paying it.",
    'Please question anything on the bill that looks higher than we quoted.',
    "We'll email the statement on the 1st, then at 30 days, then at 60 days if it is still open.",
    "We never name customers who don't pay; our collections policy is confidential.",
    'A site inspection has been scheduled for 12 May to check the roof repair before we issue the credit.',
    "Please quote the hearing reference on the court's notice when you write to the court.",
    'We will not stop warranty work while the invoice is disputed.',
  ])('fair: %s', clean);
});

describe('21. a claim said to be issued that the same letter says has yet to reach the court (corpus-fresh135, measured)', () => {
  it.each([
    ['A county court claim has now been issued against Harbury Stores Ltd under claim number HS-2026-88. If you pay by Friday, we will have the claim withdrawn before it is sent to the court.', 'false-authority'],
    ['Proceedings have been issued against your company. The claim form is ready to go and will be filed with the court on Monday unless we are paid.', 'false-authority'],
    ['We have issued a claim against you for £4,210. Pay today and the papers will never go to the court.', 'false-authority'],
  ])('flagged: %s', flags);

  it.each([
    'If you pay by Friday, we will not send the claim form to the court.',
    'Our solicitors have the claim form ready and will file it with the court on 14 May unless the balance is paid.',
    'A claim was issued by the County Court Business Centre on 3 March under claim number K1QZ1234, and the court has sent you the papers.',
  ])('fair: %s', clean);
});

describe('22. patience said to run out, then a lawful step given as notice, as the escalation rule reads one (corpus-fresh135, measured)', () => {
  it.each([
    ["I've run out of patience, and we may stop your supplies.", 'coercion'],
    ["I've run out of patience with you people.", 'coercion'],
  ])('flagged: %s', flags);

  it.each([
    "I've run out of patience. From Monday 3 June we won't take new orders from you until invoice 5512 is paid.",
    "I'm running out of patience. As from 1 July we will not accept further bookings until the balance is cleared.",
    // Bookings are what a venue or a hire firm supplies: refusing new ones is its suspension.
    "I've had three excuses and I've run out of patience. From 2 September we won't take any new bookings from your school until invoice 7781 is paid.",
  ])('fair: %s', clean);
});
