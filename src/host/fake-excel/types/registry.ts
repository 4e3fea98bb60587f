import type { FakeExcelState } from "../state";

/** A host-side object: its Excel type and the model it stands for (null for a null object). */
export interface HostObject {
  type: string;
  value: unknown;
}

/**
 * How the fake host serves one Excel type. Names are as they travel on the wire (PascalCase:
 * "Values", "GetRange"); the requirement set of each is looked up under `apiClass`.
 */
export interface HostType<T = never> {
  apiClass: string;
  /** Scalar properties returned by a query. */
  get?: Record<string, (target: T, state: FakeExcelState) => unknown>;
  set?: Record<string, (target: T, value: never, state: FakeExcelState) => void>;
  /** Properties that are objects (format, fill, worksheets). */
  nav?: Record<string, (target: T, state: FakeExcelState) => HostObject>;
  /** Methods; one that returns an object returns a HostObject. */
  methods?: Record<string, (target: T, args: never[], state: FakeExcelState) => unknown>;
  /** collection.getItem(key) as an indexer path. */
  indexer?: (target: T, args: never[], state: FakeExcelState) => HostObject;
  /** A collection's items, for a query. */
  items?: (target: T, state: FakeExcelState) => HostObject[];
  /** Loaded when load() names no property. */
  defaultLoad?: string[];
  /** The object's id, sent back so the library can address it in later requests. */
  id?: (target: T, state: FakeExcelState) => string | number;
}

const types = new Map<string, HostType<unknown>>();

/** Each type file registers itself; a new Excel type is one new file. */
export function registerType<T>(name: string, type: HostType<T>): void {
  types.set(name, type as unknown as HostType<unknown>);
}

export function hostType(name: string): HostType<unknown> {
  const type = types.get(name);
  if (!type) throw new Error(`The fake Excel host has no type ${name}.`);
  return type;
}

export const object = (type: string, value: unknown): HostObject => ({ type, value });
