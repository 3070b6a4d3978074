// GraphQL over fetch (POST /graphql) and a query builder that reads the server's schema (introspection) so that
// the page asks only for fields and arguments the API really has: a missing analysis field turns one feature off
// instead of breaking every query.

const ENDPOINT = 'graphql';

export class GraphQLError extends Error {
  constructor(messages) {
    super(messages.join('; '));
    this.name = 'GraphQLError';
    this.messages = messages;
  }
}

/** Sends one operation; returns `data` or throws GraphQLError (errors with no data) / Error (HTTP). */
export async function execute(query, variables = {}, signal = undefined) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The API answered ${response.status} ${response.statusText} without JSON.`);
  }
  if (body.errors && body.errors.length > 0 && (body.data == null || Object.values(body.data).every((v) => v == null))) {
    throw new GraphQLError(body.errors.map((e) => e.message));
  }
  if (!response.ok && !body.data) {
    throw new Error(`The API answered ${response.status} ${response.statusText}.`);
  }
  return body.data ?? {};
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
// Three small introspection queries rather than one large one: servers cap query complexity (nested lists multiply).
const INTROSPECTION = [
  `query ExplorerSchemaTypes { __schema { queryType { name } types { kind name possibleTypes { name } enumValues { name } inputFields { name } } } }`,
  `query ExplorerSchemaFields { __schema { types { name fields { name type { ${TYPE_REF} } } } } }`,
  `query ExplorerSchemaArgs { __schema { types { name fields { name args { name type { ${TYPE_REF} } } } } } }`,
];

/** One schema description from the three introspection answers, merged by type and field name. */
function mergeIntrospection([kinds, fields, args]) {
  const fieldsByType = new Map(fields.__schema.types.map((t) => [t.name, t.fields]));
  const argsByType = new Map(args.__schema.types.map((t) => [t.name, new Map((t.fields ?? []).map((f) => [f.name, f.args]))]));
  return {
    queryType: kinds.__schema.queryType,
    types: kinds.__schema.types.map((t) => ({
      ...t,
      fields: (fieldsByType.get(t.name) ?? null)?.map((f) => ({ ...f, args: argsByType.get(t.name)?.get(f.name) ?? [] })) ?? null,
    })),
  };
}

function unwrap(ref) {
  let r = ref;
  while (r && (r.kind === 'NON_NULL' || r.kind === 'LIST')) r = r.ofType;
  return r;
}

function isList(ref) {
  let r = ref;
  while (r) {
    if (r.kind === 'LIST') return true;
    r = r.ofType;
  }
  return false;
}

function printType(ref) {
  if (ref.kind === 'NON_NULL') return `${printType(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${printType(ref.ofType)}]`;
  return ref.name;
}

const LEAF_KINDS = new Set(['SCALAR', 'ENUM']);

/** The server's schema, as seen by introspection, with helpers to build selections from it. */
export class Schema {
  constructor(raw) {
    this.types = new Map(raw.types.map((t) => [t.name, t]));
    this.query = this.types.get(raw.queryType.name);
  }

  static async loadAsync() {
    const answers = await Promise.all(INTROSPECTION.map((q) => execute(q)));
    return new Schema(mergeIntrospection(answers));
  }

  hasQuery(name) {
    return this.rootField(name) != null;
  }

  rootField(name) {
    return this.query?.fields?.find((f) => f.name === name) ?? null;
  }

  hasArg(fieldName, argName) {
    return this.rootField(fieldName)?.args.some((a) => a.name === argName) ?? false;
  }

  /** The named type (lists and non-null unwrapped) of a field of a type, or null. */
  fieldTypeName(typeName, fieldName) {
    const f = this.fieldsOf(typeName).find((x) => x.name === fieldName);
    return f ? unwrap(f.type).name : null;
  }

  /** The named type of a root field's argument, or null. */
  argTypeName(fieldName, argName) {
    const arg = this.rootField(fieldName)?.args.find((a) => a.name === argName);
    return arg ? unwrap(arg.type).name : null;
  }

  rootTypeName(fieldName) {
    const f = this.rootField(fieldName);
    return f ? unwrap(f.type).name : null;
  }

  fieldsOf(typeName) {
    return this.types.get(typeName)?.fields ?? [];
  }

  enumValues(typeName) {
    return (this.types.get(typeName)?.enumValues ?? []).map((v) => v.name);
  }

  /** The enum type of a root field's argument (e.g. the `kinds` of `search`), or null. */
  argEnum(fieldName, argName) {
    const arg = this.rootField(fieldName)?.args.find((a) => a.name === argName);
    const t = arg ? unwrap(arg.type) : null;
    return t && t.kind === 'ENUM' ? t.name : null;
  }

  /**
   * Builds a selection set for `typeName` from a spec: an array of field names, `{ field: spec }` objects and
   * the token '*' (every leaf field, plus an inline fragment with every leaf field of each possible type of an
   * interface or union). Fields the type lacks are left out; a spec that names a leaf as an object selects the leaf;
   * an object field named as a leaf selects its `id` and `name` (or `__typename`).
   */
  select(typeName, spec, depth = 0) {
    const type = this.types.get(typeName);
    if (!type || depth > 6) return '__typename';
    const parts = new Set(['__typename']);
    const fields = type.fields ?? [];
    const byName = new Map(fields.map((f) => [f.name, f]));
    const addField = (name, sub) => {
      const f = byName.get(name);
      if (!f) return;
      const t = unwrap(f.type);
      if (LEAF_KINDS.has(t.kind)) {
        parts.add(name);
      } else {
        const inner = sub ?? this.defaultObjectSpec(t.name);
        parts.add(`${name} { ${this.select(t.name, inner, depth + 1)} }`);
      }
    };
    for (const item of spec) {
      if (item === '*') {
        for (const f of fields) {
          if (LEAF_KINDS.has(unwrap(f.type).kind) && !hasRequiredArgs(f)) parts.add(f.name);
        }
        this._possibleTypeLeafs(type, fields, parts);
      } else if (item === '**') {
        this._selectDeep(type, fields, parts, depth);
      } else if (item === '@refs') {
        for (const f of fields) {
          const t = unwrap(f.type);
          if (!LEAF_KINDS.has(t.kind) && this.hasId(t.name) && !hasRequiredArgs(f)) {
            parts.add(`${f.name} { ${this.select(t.name, this.refSpec(t.name), depth + 1)} }`);
          }
        }
      } else if (typeof item === 'string') {
        addField(item, undefined);
      } else {
        for (const [name, sub] of Object.entries(item)) addField(name, sub);
      }
    }
    return [...parts].join(' ');
  }

  /** Every field, recursively: entities (types with an id) stop the recursion with their leaf fields and refs. */
  _selectDeep(type, fields, parts, depth) {
    for (const f of fields) {
      if (hasRequiredArgs(f)) continue;
      const t = unwrap(f.type);
      if (LEAF_KINDS.has(t.kind)) parts.add(f.name);
      else if (this.hasId(t.name)) parts.add(`${f.name} { ${this.select(t.name, ['*', '@refs'], depth + 1)} }`);
      else if (depth < 5) parts.add(`${f.name} { ${this.select(t.name, ['**'], depth + 1)} }`);
    }
    for (const p of type.possibleTypes ?? []) {
      if (type.kind === 'UNION') parts.add(`... on ${p.name} { ${this.select(p.name, ['**'], depth + 1)} }`);
    }
  }

  // Leaf fields of each possible type of an interface/union; a name whose type differs between possible types is
  // aliased (Type_field) because GraphQL requires one response shape per response name.
  _possibleTypeLeafs(type, fields, parts) {
    const possible = type.possibleTypes ?? [];
    if (possible.length === 0) return;
    const own = new Set(fields.map((f) => f.name));
    const shapes = new Map();
    for (const p of possible) {
      for (const f of this.fieldsOf(p.name)) {
        if (!LEAF_KINDS.has(unwrap(f.type).kind) || hasRequiredArgs(f) || own.has(f.name)) continue;
        if (!shapes.has(f.name)) shapes.set(f.name, new Set());
        shapes.get(f.name).add(printType(f.type));
      }
    }
    for (const p of possible) {
      const leafs = this.fieldsOf(p.name)
        .filter((f) => shapes.has(f.name))
        .map((f) => (shapes.get(f.name).size > 1 ? `${p.name}_${f.name}: ${f.name}` : f.name));
      if (leafs.length > 0) parts.add(`... on ${p.name} { ${leafs.join(' ')} }`);
    }
  }

  hasId(typeName) {
    return this.fieldsOf(typeName).some((f) => f.name === 'id');
  }

  refSpec(typeName) {
    const names = this.fieldsOf(typeName).map((f) => f.name);
    return ['id', 'name', 'kind', 'acronym', 'type', 'url'].filter((n) => names.includes(n));
  }

  defaultObjectSpec(typeName) {
    const names = this.fieldsOf(typeName).map((f) => f.name);
    const wanted = ['id', 'name', 'kind', 'url'].filter((n) => names.includes(n));
    return wanted.length > 0 ? wanted : ['*'];
  }

  /**
   * One root field as a whole operation: arguments the field lacks are dropped (reported in `dropped`), values that
   * are null/undefined are not sent, variable types come from the schema. Returns null when the field is missing.
   */
  build(fieldName, args, spec, alias = 'result') {
    const field = this.rootField(fieldName);
    if (!field) return null;
    const defs = [];
    const uses = [];
    const variables = {};
    const dropped = [];
    for (const [name, value] of Object.entries(args)) {
      const arg = field.args.find((a) => a.name === name);
      if (!arg) {
        if (value !== undefined && value !== null) dropped.push(name);
        continue;
      }
      if (value === undefined || value === null) continue;
      defs.push(`$${name}: ${printType(arg.type)}`);
      uses.push(`${name}: $${name}`);
      variables[name] = coerce(value, arg.type);
    }
    for (const arg of field.args) {
      if (arg.type.kind === 'NON_NULL' && !(arg.name in variables)) return { missingArg: arg.name };
    }
    const t = unwrap(field.type);
    const selection = LEAF_KINDS.has(t.kind) ? '' : ` { ${this.select(t.name, spec)} }`;
    const op = `query Explorer_${fieldName}${defs.length ? `(${defs.join(', ')})` : ''}`;
    const call = `${alias}: ${fieldName}${uses.length ? `(${uses.join(', ')})` : ''}${selection}`;
    return { query: `${op} { ${call} }`, variables, dropped };
  }
}

function hasRequiredArgs(field) {
  return (field.args ?? []).some((a) => a.type.kind === 'NON_NULL');
}

function coerce(value, ref) {
  // A single value for a list argument is sent as a one-item list (GraphQL would coerce it too; explicit is clearer).
  if (isList(ref) && !Array.isArray(value)) return [value];
  return value;
}
