import { object, registerType } from "./registry";

registerType<null>("Workbook", {
  apiClass: "Workbook",
  nav: {
    Worksheets: () => object("WorksheetCollection", {}),
    Application: () => object("Application", {}),
    Tables: () => object("TableCollection", { sheet: null }),
  },
  methods: {
    _RemoveReference: (_wb, [id]: string[], state) => void state.references.delete(id),
  },
});

registerType<object>("Application", {
  apiClass: "Application",
  get: { CalculationMode: () => "Automatic" },
  methods: {
    // Calculation is not modelled; the call is counted so tests can see writes suspend it.
    SuspendApiCalculationUntilNextSync: (_app, _args, state) => void state.calculationSuspends++,
  },
});
