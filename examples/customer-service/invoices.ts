/** One charge made against a card for an invoice. */
export interface Charge {
  chargeId: string;
  date: string;
  amount: number;
}

/** An invoice as the billing system stores it. */
export interface Invoice {
  invoiceId: string;
  customerId: string;
  issuedOn: string;
  currency: string;
  total: number;
  status: 'paid' | 'open';
  lines: Array<{ description: string; amount: number }>;
  charges: Charge[];
}

/**
 * The demo's billing system: two invoices of one customer, the later one charged twice, so the billing agent has
 * something real to find and the refunds agent something to refund.
 */
export const INVOICES: readonly Invoice[] = [
  {
    invoiceId: 'INV-1041',
    customerId: 'C-1001',
    issuedOn: '2025-05-01',
    currency: 'EUR',
    total: 49,
    status: 'paid',
    lines: [{ description: 'Team plan, May', amount: 49 }],
    charges: [{ chargeId: 'ch_7Q2', date: '2025-05-01', amount: 49 }],
  },
  {
    invoiceId: 'INV-1042',
    customerId: 'C-1001',
    issuedOn: '2025-06-01',
    currency: 'EUR',
    total: 49,
    status: 'paid',
    lines: [{ description: 'Team plan, June', amount: 49 }],
    charges: [
      { chargeId: 'ch_8K4', date: '2025-06-01', amount: 49 },
      { chargeId: 'ch_8K5', date: '2025-06-01', amount: 49 },
    ],
  },
];

/** A customer's invoices, newest first. */
export function invoicesOf(customerId: string): Invoice[] {
  return INVOICES.filter((invoice) => invoice.customerId === customerId).sort(
    (a, b) => b.issuedOn.localeCompare(a.issuedOn),
  );
}
