// Analyzer plugins that make custom-elements.json tell the truth about types, from the TypeScript checker:
// the analyzer itself reads one file at a time and sees `audience: AudienceId`, not the values it allows.
//  - fieldTypesPlugin: every attribute backed by a field gets the field's type spelled out as a union of
//    its values (`'victim' | 'witness' | …`); an @attr line that names values must name the same ones.
//  - moduleTypesPlugin: every element module lists the types it exports (those its members and events
//    name, so a generator can import them from there), its .d.ts, and event types with references.
// Used by custom-elements-manifest.config.mjs; scripts/build/framework-types.mjs reads the result.
import { join, relative } from 'node:path';
import ts from 'typescript';
import { root } from '../lib/cli.mjs';

let program;
/** One program over the element modules (the first plugin to need it makes it; about a second). */
function checkerFor(files) {
  if (!program) {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    program = ts.createProgram(files.map((file) => join(root, file)), { ...config.options, noEmit: true });
  }
  return program.getTypeChecker();
}

const sourceFile = (path) => program.getSourceFile(join(root, path));

function classSymbol(checker, path, className) {
  const file = sourceFile(path);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  return moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === className);
}

/**
 * A property's declared type as text: a union of literal values where it is one (numbers, then strings, each
 * sorted, so the text does not change with the checker's internal order), else the checker's words.
 */
export function typeText(checker, type) {
  const parts = (type.isUnion() ? type.types : [type]).filter((part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  const texts = parts.map((part) => {
    if (part.isStringLiteral()) return `'${part.value}'`;
    if (part.isNumberLiteral()) return String(part.value);
    if (part.flags & ts.TypeFlags.BooleanLiteral) return 'boolean';
    return checker.typeToString(part);
  });
  const rank = (text) => (/^\d/.test(text) ? 0 : text.startsWith("'") ? 1 : 2);
  return [...new Set(texts)].sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? Number(a) - Number(b) : a.localeCompare(b))).join(' | ');
}

/** `'2'|'3'` and `2 | 3` name the same attribute values: an attribute is text. */
const values = (text) => new Set(text.split('|').map((part) => part.trim().replace(/^['"]|['"]$/g, '')));
/** The field's values in the order the @attr line gives them (default first, say); numbers before their text. */
function inOrderOf(documented, text) {
  const order = [...values(documented)];
  const position = (part) => (part.startsWith("'") ? order.length : 0) + order.indexOf(part.replace(/^'|'$/g, ''));
  return text.split(' | ').sort((a, b) => position(a) - position(b)).join(' | ');
}
const isLiteralUnion = (text) => text.split('|').every((part) => /^\s*(['"][^'"]*['"]|\d+)\s*$/.test(part));

export function fieldTypesPlugin() {
  return {
    name: 'shn-field-types',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules.filter((mod) => mod.declarations?.some((d) => d.customElement));
      const checker = checkerFor(modules.map((mod) => mod.path));
      const problems = [];
      for (const mod of modules) {
        for (const declaration of mod.declarations.filter((d) => d.customElement)) {
          const symbol = classSymbol(checker, mod.path, declaration.name);
          if (!symbol) throw new Error(`manifest types: class ${declaration.name} not exported from ${mod.path}`);
          const instance = checker.getDeclaredTypeOfSymbol(symbol);
          for (const attribute of declaration.attributes ?? []) {
            const property = attribute.fieldName && instance.getProperty(attribute.fieldName);
            // `lang` is HTMLElement's own (any language tag): its @attr type stands.
            if (!property || !declaration.members?.some((member) => member.name === attribute.fieldName)) continue;
            const text = typeText(checker, checker.getTypeOfSymbol(property));
            const documented = attribute.type?.text;
            if (documented && isLiteralUnion(documented)) {
              const [a, b] = [values(documented), values(text)];
              if (a.size !== b.size || [...a].some((value) => !b.has(value))) {
                problems.push(`<${declaration.tagName}> @attr ${attribute.name} says ${documented}, its field ${attribute.fieldName} takes ${text}`);
              }
            }
            attribute.type = { text: documented && isLiteralUnion(documented) ? inOrderOf(documented, text) : text };
          }
        }
      }
      if (problems.length) throw new Error(`manifest types: the JSDoc disagrees with the code:\n  ${problems.join('\n  ')}`);
    },
  };
}

export function moduleTypesPlugin() {
  return {
    name: 'shn-module-types',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.schemaVersion = '2.1.0';
      const srcPath = (distPath) => distPath.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
      const distPath = (file) => relative(root, file).replace(/\\/g, '/').replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
      for (const mod of customElementsManifest.modules) {
        const elements = (mod.declarations ?? []).filter((d) => d.customElement);
        if (!elements.length) continue;
        const checker = checkerFor([srcPath(mod.path)]);
        mod.typeDefinitionPath = mod.path.replace(/\.js$/, '.d.ts');
        const file = sourceFile(srcPath(mod.path));
        const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(file));
        mod.exports ??= [];
        for (const symbol of exported) {
          if (mod.exports.some((item) => item.name === symbol.name)) continue;
          const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
          const declared = target.declarations?.[0]?.getSourceFile().fileName;
          if (!declared || /node_modules/.test(declared)) continue;
          mod.exports.push({ kind: 'js', name: symbol.name, declaration: { name: target.name, module: distPath(declared) } });
        }
        for (const element of elements) {
          for (const event of element.events ?? []) {
            const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
            if (!detail) continue;
            if (!mod.exports.some((item) => item.name === detail)) throw new Error(`manifest types: ${mod.path} does not export ${detail}, the detail of ${event.name}`);
            event.type.references = [{ name: detail, module: mod.path, start: 'CustomEvent<'.length, end: 'CustomEvent<'.length + detail.length }];
          }
        }
      }
    },
  };
}
