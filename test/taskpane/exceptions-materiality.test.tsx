import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { rollup } from "../../src/core/rollup";
import { ExceptionsList } from "../../src/taskpane/components/ExceptionsList";
import { defaultPack } from "../../src/core/rules/load";
import { clusterPlans } from "../support/report-card-plans";

test("the pane's first list shows the material exceptions; one line counts the smaller ones and their value", () => {
  const exceptions = rollup(clusterPlans(), defaultPack()).exceptions;
  expect(exceptions).toHaveLength(5);
  render(
    <FluentProvider theme={webLightTheme}>
      <ExceptionsList exceptions={exceptions} onSelect={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.getAllByTestId("exception").map((e) => e.getAttribute("data-cell"))).toEqual(exceptions.filter((e) => e.material).map((e) => e.cell));
  expect(screen.getAllByTestId("exception")).toHaveLength(3);
  expect(screen.getByTestId("exceptions-smaller").textContent).toBe("2 smaller exceptions (under the materiality threshold) not listed: £110k at risk in all.");
});

test("an exception in an added file names its file and cell and selects nothing; one in the open workbook selects its cell", async () => {
  const listed = rollup(clusterPlans(), defaultPack()).exceptions.filter((e) => e.material);
  const exceptions = listed.map((e, i) => (i === 0 ? { ...e, workbook: "added-cluster.xlsx" } : { ...e, workbook: listed[1].workbook }));
  const onSelect = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ExceptionsList exceptions={exceptions} openWorkbook={listed[1].workbook} onSelect={onSelect} />
    </FluentProvider>,
  );
  const [added, open] = screen.getAllByTestId("exception");
  expect(added.tagName).toBe("DIV");
  expect(added.textContent).toContain(`In added-cluster.xlsx, sheet ${listed[0].sheet}, cell ${listed[0].cell}: that file is not open here, so nothing is selected.`);
  expect(open.tagName).toBe("BUTTON");
  await userEvent.click(added);
  expect(onSelect).not.toHaveBeenCalled();
  await userEvent.click(open);
  expect(onSelect).toHaveBeenCalledWith(listed[1].sheet, listed[1].cell);
});
