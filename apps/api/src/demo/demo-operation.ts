/**
 * The ERDF operation behind the demo's training, as `operation.json` holds it
 * and `/api/operations` takes it (spec section 6). The money is what Barcelona
 * Activa published: total cost 1,573,550, eligible 1,439,741 and ERDF 705,027.
 * The ERDF support is 48.97 % of the eligible cost, not the programme's 50 %,
 * because it is 50 % of the expenditure certified (1,410,054), which is a
 * little below the eligible cost: so the co-financing check passes.
 */
export interface DemoOperation {
  operation: {
    code: string;
    name: string;
    programmeCci: string;
    programmeTitle: string;
    fund: 'ERDF';
    priorityAxis: string;
    specificObjective: string;
    beneficiary: string;
    startDate: string;
    endDate: string;
  };
  figures: { kind: string; amount: string; asOf: string; source: string }[];
  indicators: {
    code: string;
    baseline: { value: string; year: number } | null;
    milestone: { value: string; year: number } | null;
    target: { value: string; year: number } | null;
  }[];
  manualValues: { code: string; asOf: string; value: string; source: string }[];
}

export const DEMO_OPERATION: DemoOperation = {
  operation: {
    code: 'BCN-CIBERNARIUM-2017',
    name: 'Cibernàrium online training: digitalisation of public services',
    programmeCci: '2014ES16RFOP011',
    programmeTitle: 'Programa Operatiu FEDER de Catalunya 2014-2020',
    fund: 'ERDF',
    priorityAxis: '2 - Improving access to, use and quality of ICT',
    specificObjective: 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-culture, e-health',
    beneficiary: 'Barcelona Activa SAU SPM',
    startDate: '2017-01-01',
    endDate: '2021-12-31',
  },
  figures: [
    { kind: 'total_cost', amount: '1573550.00', asOf: '2017-06-30', source: 'Grant resolution' },
    { kind: 'eligible_cost', amount: '1439741.00', asOf: '2017-06-30', source: 'Grant resolution' },
    { kind: 'cofinancing_rate', amount: '50.00', asOf: '2017-06-30', source: 'Grant resolution' },
    {
      kind: 'declared_expenditure',
      amount: '1439741.00',
      asOf: '2022-03-31',
      source: 'Final payment claim',
    },
    {
      kind: 'certified_expenditure',
      amount: '1410054.00',
      asOf: '2022-09-30',
      source: 'Certification of the managing authority',
    },
    {
      kind: 'eu_support_committed',
      amount: '705027.00',
      asOf: '2022-09-30',
      source: 'Certification of the managing authority',
    },
    {
      kind: 'eu_support_paid',
      amount: '705027.00',
      asOf: '2022-12-15',
      source: 'Payment by the managing authority',
    },
  ],
  indicators: [
    {
      code: 'E024',
      baseline: { value: '0', year: 2016 },
      milestone: { value: '8000', year: 2018 },
      target: { value: '20000', year: 2021 },
    },
    {
      code: 'RCR11',
      baseline: null,
      milestone: null,
      target: { value: '9000', year: 2021 },
    },
    {
      code: 'RCO14',
      baseline: { value: '0', year: 2016 },
      milestone: null,
      target: { value: '1', year: 2021 },
    },
  ],
  manualValues: [
    {
      code: 'RCO14',
      asOf: '2017-01-01',
      value: '1',
      source: 'Barcelona Activa, the public institution running the digitalised service',
    },
  ],
};
