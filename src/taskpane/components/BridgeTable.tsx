import { useState } from "react";
import { makeStyles, Select, Field, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { Comparison, LevelChange } from "../../core/compare/types";
import { signed as signedThousands, thousands } from "../../core/messages/money";

const useStyles = makeStyles({
  number: { textAlign: "end" },
  england: { fontWeight: tokens.fontWeightSemibold },
  sha: { paddingInlineStart: tokens.spacingHorizontalL },
});

type Level = "sha" | "organisation";
type Order = "change" | "name";
const moved = (l: LevelChange) => l.new - l.dropped + l.changed;

/** England, then each SHA or each organisation: before, the net move, after (£000); sorted by change or by name. */
export function BridgeTable({ comparison }: { comparison: Comparison }) {
  const styles = useStyles();
  const [level, setLevel] = useState<Level>("sha");
  const [order, setOrder] = useState<Order>("change");
  const rows = [...(level === "sha" ? comparison.shas : comparison.organisations)].sort((a, b) =>
    order === "change" ? Math.abs(moved(b)) - Math.abs(moved(a)) || a.name.localeCompare(b.name) : a.name.localeCompare(b.name));
  const row = (l: LevelChange, england: boolean) => (
    <TableRow key={l.code ?? l.name} className={england ? styles.england : undefined} data-testid={england ? undefined : "bridge-row"}>
      <TableCell className={england ? undefined : styles.sha}>{l.name}</TableCell>
      <TableCell className={styles.number}>{thousands(l.before)}</TableCell>
      <TableCell className={styles.number} title={`new ${thousands(l.new)}, dropped ${thousands(l.dropped)}, changed ${signedThousands(l.changed)}`}>
        {signedThousands(moved(l))}
      </TableCell>
      <TableCell className={styles.number} data-testid={england ? "bridge-after" : undefined}>{thousands(l.after)}</TableCell>
    </TableRow>
  );
  return (
    <>
      <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS }}>
        <Field label="Show" size="small">
          <Select size="small" value={level} onChange={(_, d) => setLevel(d.value as Level)} data-testid="bridge-level">
            <option value="sha">SHAs</option>
            <option value="organisation">Organisations</option>
          </Select>
        </Field>
        <Field label="Sort by" size="small">
          <Select size="small" value={order} onChange={(_, d) => setOrder(d.value as Order)} data-testid="bridge-order">
            <option value="change">Largest change</option>
            <option value="name">Name</option>
          </Select>
        </Field>
      </div>
      <Table size="extra-small" aria-label={`Bridge by ${level === "sha" ? "SHA" : "organisation"}, £000`} data-testid="bridge-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{level === "sha" ? "SHA" : "Organisation"}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Before</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Moved</TableHeaderCell>
            <TableHeaderCell className={styles.number}>After</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {row(comparison.national, true)}
          {rows.map((s) => row(s, false))}
        </TableBody>
      </Table>
    </>
  );
}
