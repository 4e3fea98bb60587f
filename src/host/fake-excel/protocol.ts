/** The RichApi request body that Microsoft's Excel library sends on each sync (message.Body). */
export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface Action {
  Id: number;
  ActionType: ActionType;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: ObjectPathType;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

/** Where ReferencedObjectPathIds[i] is set, argument i is that object path. */
export interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

/** As the library numbers them (OfficeExtension ActionType). */
export const enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
}

export const enum ObjectPathType {
  GlobalObject = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  ReferenceId = 6,
  NullObject = 7,
}

/** What the library parses back: per-action results and, when a statement failed, which one. */
export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; Location?: string; ActionIndex?: number };
}

/** The executor's answer: ErrorCode is set when the whole request was refused (payload limits). */
export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: ResponseBody | null;
}
