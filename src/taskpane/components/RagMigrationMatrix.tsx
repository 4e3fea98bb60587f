import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { RagMigration } from "../../core/compare/types";
import type { RagOrUnrated } from "../../core/types";
import { formatPence } from "../format";

const RAGS: RagOrUnrated[] = ["green", "amber", "red", "unrated"];
const LABEL: Record<RagOrUnrated, string> = { green: "Green", amber: "Amber", red: "Red", unrated: "Unrated" };
const RANK: Record<RagOrUnrated, number> = { green: 0, amber: 1, red: 2, unrated: -1 };

const useStyles = makeStyles({
  number: { textAlign: "end" },
  worse: { backgroundColor: tokens.colorPaletteRedBackground1 },
  better: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  symbol: { marginInlineEnd: tokens.spacingHorizontalXXS },
  value: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

/** Schemes on both sides, from their earlier RAG (rows) to their RAG now (columns): count and £000. */
export function RagMigrationMatrix({ migration }: { migration: RagMigration }) {
  const styles = useStyles();
  const move = (from: RagOrUnrated, to: RagOrUnrated) =>
    RANK[from] < 0 || RANK[to] < 0 || from === to ? undefined : RANK[to] > RANK[from] ? "worse" : "better";
  const tone = (from: RagOrUnrated, to: RagOrUnrated) => {
    const m = move(from, to);
    return m === "worse" ? styles.worse : m === "better" ? styles.better : undefined;
  };
  return (
    <Table size="extra-small" aria-label="RAG migration: earlier RAG in rows, RAG now in columns; schemes and £000; ▼ worse, ▲ better" data-testid="rag-migration">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Was \ now</TableHeaderCell>
          {RAGS.map((r) => <TableHeaderCell key={r} className={styles.number}>{LABEL[r]}</TableHeaderCell>)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {RAGS.map((from) => (
          <TableRow key={from}>
            <TableCell>{LABEL[from]}</TableCell>
            {RAGS.map((to) => (
              <TableCell key={to} className={mergeClasses(styles.number, tone(from, to))} data-testid={`migration-${from}-${to}`}>
                {/* A symbol as well as a tint: tints vanish in forced colours and say nothing to a screen reader. */}
                {move(from, to) && migration.count[from][to] > 0 && (
                  <span className={styles.symbol} aria-label={move(from, to) === "worse" ? "worse" : "better"} role="img">{move(from, to) === "worse" ? "▼" : "▲"}</span>
                )}
                {migration.count[from][to]}
                <span className={styles.value}>{formatPence(migration.value[from][to])}</span>
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
