/**
 * Searches such as "20 days late" ask which letter to send, but Pagefind
 * matches words, not a number inside a stage's range of days: "20" is on no
 * template page (the follow-up covers days 14–29), so word ranking alone
 * cannot put the right template first. The search page therefore reads the
 * number of days from the query and answers it from the ladder (as "What do
 * I send?" does) above Pagefind's results. Pure, so it is tested in Node.
 */

const late = String.raw`(?:late|overdue|past(?:\s+the)?\s+due(?:\s+date)?|after(?:\s+the)?\s+due(?:\s+date)?|outstanding|unpaid)`;
/** "20 days late", "invoice 45 days past due", "30 days overdue", "20-day overdue". */
const daysThenLate = new RegExp(String.raw`(?:^|[^\w-])(\d{1,4})(?:\s*|-)days?\s+${late}(?![\w-])`, 'i');
/** "overdue by 20 days", "late 20 days", "past due 45 days". */
const lateThenDays = new RegExp(String.raw`(?:^|[^\w-])${late}\s+(?:by\s+|for\s+)?(\d{1,4})(?:\s*|-)days?(?![\w-])`, 'i');

/** The days past due a search states, or undefined when it states none. */
export function daysInQuery(query: string): number | undefined {
  const match = daysThenLate.exec(query) ?? lateThenDays.exec(query);
  return match ? Number(match[1]) : undefined;
}
