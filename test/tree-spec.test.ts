/**
 * The README's tree spec ("## The tree": node interfaces written as
 * TypeScript code blocks) says what src/types.ts says: the same node types,
 * each with the same base (Parent or Literal) and the same fields — names,
 * optionality and types — and the same members in the content unions.
 * Both are read with the TypeScript compiler API, so comments, layout,
 * `T[]` against `Array<T>` and the order of a union's members do not count.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { root } from './helpers/build'

/** The ```ts blocks of the README's "## The tree" section, as one source. */
function readmeSpec(): ts.SourceFile {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## The tree\n')
  if (start === -1) throw new Error('README.md has no "## The tree" section')
  const end = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, end === -1 ? undefined : end)
  const blocks = [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1])
  return ts.createSourceFile('README.md#the-tree.ts', blocks.join('\n'), ts.ScriptTarget.Latest, true)
}

const typesSource = ts.createSourceFile(
  'types.ts',
  readFileSync(join(root, 'src/types.ts'), 'utf8'),
  ts.ScriptTarget.Latest,
  true,
)
const readmeSource = readmeSpec()

interface Declarations {
  interfaces: Map<string, ts.InterfaceDeclaration>
  aliases: Map<string, ts.TypeAliasDeclaration>
}

function declarations(source: ts.SourceFile): Declarations {
  const interfaces = new Map<string, ts.InterfaceDeclaration>()
  const aliases = new Map<string, ts.TypeAliasDeclaration>()
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement)
    else if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement)
  }
  return { interfaces, aliases }
}

const types = declarations(typesSource)
const readme = declarations(readmeSource)

const memberName = (member: ts.TypeElement): string => {
  if (!member.name) throw new Error(`a member without a name: ${member.getText()}`)
  return member.name.getText()
}

/**
 * A type as a canonical string. `expand` names the interfaces whose
 * references are written out as their members (src/types.ts's IssueData,
 * which the README writes inline as Issue's `data`).
 */
function canon(node: ts.TypeNode, expand: Declarations | null): string {
  if (ts.isParenthesizedTypeNode(node)) return canon(node.type, expand)
  if (ts.isUnionTypeNode(node)) return node.types.map((t) => canon(t, expand)).sort().join(' | ')
  if (ts.isArrayTypeNode(node)) return `Array<${canon(node.elementType, expand)}>`
  if (ts.isTypeLiteralNode(node)) return members(node.members, expand)
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText()
    const target = expand?.interfaces.get(name)
    if (target && !readme.interfaces.has(name)) return members(target.members, expand)
    const args = node.typeArguments?.map((t) => canon(t, expand))
    return args ? `${name}<${args.join(', ')}>` : name
  }
  return node.getText().replace(/\s+/g, ' ').replace(/"/g, "'")
}

/** Members as a canonical `{ a: T; b?: U }`, sorted by name. */
function members(list: ts.NodeArray<ts.TypeElement>, expand: Declarations | null): string {
  const fields = fieldsOf(list, expand)
  return `{ ${[...fields].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, type]) => `${name}${type}`).join('; ')} }`
}

/** Each field's name → `?: type` or `: type`. */
function fieldsOf(list: ts.NodeArray<ts.TypeElement>, expand: Declarations | null): Map<string, string> {
  const fields = new Map<string, string>()
  for (const member of list) {
    if (!ts.isPropertySignature(member) || !member.type) throw new Error(`not a field: ${member.getText()}`)
    fields.set(memberName(member), `${member.questionToken ? '?' : ''}: ${canon(member.type, expand)}`)
  }
  return fields
}

const bases = (decl: ts.InterfaceDeclaration) =>
  (decl.heritageClauses ?? []).flatMap((clause) => clause.types.map((t) => t.expression.getText())).sort()

/** Interfaces of src/types.ts that are nodes: their `type` is a string literal. */
const nodeTypes = [...types.interfaces.values()]
  .filter((decl) =>
    decl.members.some(
      (m) =>
        ts.isPropertySignature(m) &&
        memberName(m) === 'type' &&
        m.type !== undefined &&
        ts.isLiteralTypeNode(m.type) &&
        ts.isStringLiteral(m.type.literal),
    ),
  )
  .map((decl) => decl.name.text)

describe("README's tree spec against src/types.ts", () => {
  it('reads both', () => {
    expect(nodeTypes.length).toBeGreaterThan(25)
    expect(readme.interfaces.size).toBeGreaterThan(25)
  })

  it('documents every node type of src/types.ts', () => {
    expect(nodeTypes.filter((name) => !readme.interfaces.has(name))).toEqual([])
  })

  it('documents no interface that src/types.ts lacks', () => {
    expect([...readme.interfaces.keys()].filter((name) => !types.interfaces.has(name))).toEqual([])
  })

  for (const [name, documented] of readme.interfaces) {
    const declared = types.interfaces.get(name)
    if (!declared) continue
    it(`${name}: the same base and fields`, () => {
      expect(bases(documented), 'extends').toEqual(bases(declared))
      const want = Object.fromEntries(fieldsOf(declared.members, types))
      const got = Object.fromEntries(fieldsOf(documented.members, null))
      expect(got).toEqual(want)
    })
  }

  // The content unions: the README lists the members; src/types.ts derives
  // each union from its registry (IssueContent = IssueContentMap[keyof …]).
  for (const [name, documented] of readme.aliases) {
    it(`${name}: the same members as src/types.ts`, () => {
      const declared = types.aliases.get(name)
      expect(declared, `src/types.ts has no type ${name}`).toBeDefined()
      const type = declared!.type
      let want: string[]
      if (ts.isIndexedAccessTypeNode(type) && ts.isTypeReferenceNode(type.objectType)) {
        const registry = types.interfaces.get(type.objectType.typeName.getText())
        expect(registry, `src/types.ts has no interface ${type.objectType.typeName.getText()}`).toBeDefined()
        want = registry!.members.map((m) => canon((m as ts.PropertySignature).type!, null))
      } else {
        want = canon(type, null).split(' | ')
      }
      expect(canon(documented.type, null).split(' | ').sort()).toEqual(want.sort())
    })
  }

  it('lists every registry of src/types.ts as a content union', () => {
    const registries = [...types.aliases.values()]
      .filter((alias) => ts.isIndexedAccessTypeNode(alias.type))
      .map((alias) => alias.name.text)
    expect(registries.filter((name) => !readme.aliases.has(name))).toEqual([])
  })
})
