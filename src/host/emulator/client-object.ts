import { EmulatorError } from "./errors";
import type { LoadResult, Session } from "./session";

export type LoadOption = string | string[] | { select?: string | string[] };

export function propertyNames(option: LoadOption | undefined): string[] {
  const raw = option === undefined ? [] : typeof option === "string" || Array.isArray(option) ? option : (option.select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : raw;
  return list.map((p) => p.trim().replace(/^items\//, "")).filter((p) => p.length > 0);
}

/**
 * Like OfficeExtension.ClientObject: properties are readable only after load() and a successful sync;
 * anything else throws PropertyNotLoaded, as Excel does.
 */
export abstract class ClientObject {
  protected loaded = new Map<string, unknown>();

  constructor(protected readonly session: Session) {}

  protected abstract readonly typeName: string;
  protected abstract readonly defaultProperties: string[];
  /** Reads the properties from the workbook at sync time. */
  protected abstract snapshot(names: string[]): Record<string, unknown>;

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new EmulatorError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, `${this.typeName}.${name}`);
    }
    return this.loaded.get(name) as T;
  }

  load(option?: LoadOption): this {
    const names = propertyNames(option);
    this.session.enqueue(() => this.loadNow(names.length ? names : this.defaultProperties));
    return this;
  }

  protected loadNow(names: string[]): LoadResult {
    const values = this.snapshot(names);
    return { bytes: JSON.stringify(values).length, commit: () => Object.entries(values).forEach(([k, v]) => this.loaded.set(k, v)) };
  }

  snapshotFor(names: string[]): Record<string, unknown> {
    return this.snapshot(names);
  }

  commitLoaded(values: Record<string, unknown>): void {
    Object.entries(values).forEach(([k, v]) => this.loaded.set(k, v));
  }

  protected unknownProperty(name: string): never {
    throw new EmulatorError("InvalidArgument", `The property '${name}' of ${this.typeName} is not supported by the emulator.`);
  }
}
