import { apiSetOf, isSetSupported, type ApiLevel } from "./api-sets";
import { HostError } from "./model/errors";
import { ActionType, ObjectPathType, type Action, type RequestBody, type ResponseBody } from "./protocol";
import type { FakeExcelState } from "./state";
import { hostType, object, type HostObject } from "./types/registry";
import "./types";

const wire = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Runs one request on the workbook model as Excel does: actions in order, each object path bound when
 * first used; the first failing action stops the batch, the ones before it stay applied, and the error
 * names the action's index.
 */
export class RequestRunner {
  private readonly paths = new Map<number, HostObject>();
  /** Instantiate results by object path, so a later _KeepReference can hand back the reference id. */
  private readonly instantiated = new Map<number, Record<string, unknown>>();

  constructor(
    private readonly body: RequestBody,
    private readonly state: FakeExcelState,
    private readonly level: ApiLevel,
    /** Called before each action with its index in this request; throws to inject a fault. */
    private readonly beforeAction: (index: number) => void,
  ) {}

  run(): ResponseBody {
    const results: ResponseBody["Results"] = [];
    for (const [index, action] of this.body.Actions.entries()) {
      try {
        this.beforeAction(index);
        const value = this.perform(action);
        if (action.ActionType !== ActionType.SetProperty) results.push({ ActionId: action.Id, Value: value ?? null });
      } catch (error) {
        const e = error instanceof HostError ? error : new HostError("GeneralException", String((error as Error)?.message ?? error));
        return { Results: results, Error: { Code: e.code, Message: e.message, HttpStatusCode: 400, Location: e.debugInfo.errorLocation ?? "", ActionIndex: index } };
      }
    }
    return { Results: results };
  }

  private perform(action: Action): unknown {
    if (action.ActionType === ActionType.Trace) return null;
    const target = this.resolve(action.ObjectPathId);
    if (action.ActionType === ActionType.Instantiate) {
      const identity = this.identity(target);
      if (identity) this.instantiated.set(action.ObjectPathId, identity);
      return identity;
    }
    if (action.ActionType === ActionType.Method && action.Name === "_KeepReference") {
      // Excel.run tracks ranges: the object gets a reference id that later requests address it by.
      const identity = this.instantiated.get(action.ObjectPathId);
      if (identity) identity._ReferenceId = this.state.keepReference(target);
      return null;
    }
    if (target.value === null) {
      if (action.ActionType === ActionType.Query) return null;
      throw new HostError("InvalidOperation", "The object is a null object.");
    }
    const type = hostType(target.type);
    const args = this.argumentsOf(action.ArgumentInfo);
    if (action.ActionType === ActionType.Query) return this.query(target, action.QueryInfo?.Select ?? []);
    this.checkApi(type.apiClass, action.Name);
    if (action.ActionType === ActionType.SetProperty) {
      const set = type.set?.[action.Name];
      if (!set) throw new HostError("InvalidArgument", `${type.apiClass}.${action.Name} cannot be set on the fake host.`);
      return set(target.value as never, args[0], this.state);
    }
    if (action.ActionType === ActionType.Method) {
      const method = type.methods?.[action.Name];
      if (!method) throw new HostError("InvalidArgument", `${type.apiClass}.${action.Name} is not modelled by the fake host.`);
      const result = method(target.value as never, args, this.state);
      return result && typeof result === "object" && "type" in result ? this.identity(result as HostObject) : result;
    }
    throw new HostError("InvalidArgument", `Action type ${action.ActionType} is not modelled by the fake host.`);
  }

  /** An object path is bound once per request, when an action first reaches it. */
  private resolve(id: number): HostObject {
    const known = this.paths.get(id);
    if (known) return known;
    const path = this.body.ObjectPaths[String(id)];
    if (!path) throw new HostError("InvalidArgument", `Object path ${id} is missing from the request.`);
    const args = this.argumentsOf(path.ArgumentInfo);
    let found: HostObject;
    if (path.ObjectPathType === ObjectPathType.GlobalObject) found = object("Workbook", {});
    else if (path.ObjectPathType === ObjectPathType.ReferenceId) {
      const kept = this.state.references.get(path.Name);
      if (!kept) throw new HostError("InvalidObjectPath", "The object path isn't working for what you're trying to do.");
      found = kept;
    }
    else if (path.ObjectPathType === ObjectPathType.NullObject) found = object("Workbook", null);
    else {
      const parent = this.resolve(path.ParentObjectPathId ?? -1);
      if (parent.value === null) found = object(parent.type, null);
      else {
        const type = hostType(parent.type);
        if (path.ObjectPathType !== ObjectPathType.Indexer) this.checkApi(type.apiClass, path.Name);
        const step =
          path.ObjectPathType === ObjectPathType.Property ? type.nav?.[path.Name] : path.ObjectPathType === ObjectPathType.Method ? type.methods?.[path.Name] : type.indexer;
        if (!step) throw new HostError("InvalidArgument", `${type.apiClass}.${path.Name || "getItem"} is not modelled by the fake host.`);
        found = (step as (t: never, a: never[], s: FakeExcelState) => unknown)(parent.value as never, args, this.state) as HostObject;
      }
    }
    this.paths.set(id, found);
    return found;
  }

  /** An argument that is an object (range.getBoundingRect(other)) travels as the id of its object path. */
  private argumentsOf(info: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] } | undefined): never[] {
    const refs = info?.ReferencedObjectPathIds ?? [];
    return (info?.Arguments ?? []).map((arg, i) => (refs[i] ? this.resolve(refs[i]) : arg)) as never[];
  }

  /** What an Instantiate returns: null for a null object, else its id when it has one. */
  private identity(target: HostObject): Record<string, unknown> | null {
    if (target.value === null) return null;
    const id = hostType(target.type).id?.(target.value as never, this.state);
    return id === undefined ? {} : { Id: id };
  }

  private query(target: HostObject, select: string[]): unknown {
    const type = hostType(target.type);
    if (type.items) return { _Items: type.items(target.value as never, this.state).map((item) => this.properties(item, select)) };
    return this.properties(target, select);
  }

  private properties(target: HostObject, select: string[]): Record<string, unknown> {
    const type = hostType(target.type);
    const names = select.length ? select.map(wire) : (type.defaultLoad ?? []);
    const out: Record<string, unknown> = {};
    const id = type.id?.(target.value as never, this.state);
    if (id !== undefined) out.Id = id;
    for (const name of names) {
      const get = type.get?.[name];
      if (!get) throw new HostError("InvalidArgument", `${type.apiClass}.${name} is not modelled by the fake host.`);
      this.checkApi(type.apiClass, name);
      out[name] = get(target.value as never, this.state);
    }
    return out;
  }

  /** A member from a later requirement set than the host's fails as on an older Excel. */
  private checkApi(apiClass: string, name: string): void {
    const set = apiSetOf(apiClass, name);
    if (set && !isSetSupported(this.level, set)) {
      throw new HostError("ApiNotFound", `The API you are trying to use could not be found. It may be available in a newer version of Excel: ${apiClass}.${name} needs ExcelApi ${set}.`, `${apiClass}.${name}`);
    }
  }
}
