/** The parts of a disclosure package the public reads use (the package holds more; see BuildPublication). */
export interface PackageView {
  proposal: {
    id: string;
    receiptNumber: string | null;
    title: string;
    origin: string;
    organization: { ja: string; en: string };
    activityFields: string[];
    requestedAmount: number | null;
  };
  call: { fiscalYear: number };
  decision: { outcome: string; comment: string } | null;
  scores?: { document?: { total: number }; presentation?: { total: number } };
}
