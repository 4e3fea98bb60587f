import { toThousands, type Pence } from "../core/money";

const thousands = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** £000 figure as finance staff read it: "12,345". */
export function formatThousands(value: number): string {
  return thousands.format(value);
}

export function formatPence(pence: Pence): string {
  return formatThousands(toThousands(pence));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
