import { render, screen } from "@testing-library/react";
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
