// custom-elements.json for IDEs, Storybook and the React wrappers' check (`npm run build` writes it).
// The analyzer reads the element classes and their define modules; the plugins below add what it cannot
// see by itself and point every path at the published dist/ files.
import { dirname, join, normalize } from 'node:path';
import { fieldTypesPlugin, moduleTypesPlugin } from './scripts/build/manifest-types.mjs';

/** `{'public'|'professional'} audience - Who is looking…` → { type, name, description } */
function parseAttrTag(comment) {
  const match = /^\s*(?:\{(.+?)\}\s*)?([\w-]+)\s*(?:-\s*)?([\s\S]*)$/.exec(comment ?? '');
  return match ? { type: match[1], name: match[2], description: match[3].trim() } : null;
}

function commentText(ts, comment) {
  return typeof comment === 'string' ? comment : ts.getTextOfJSDocComment?.(comment) ?? '';
}

/**
 * The class JSDoc's @attr lines are the documented contract (type as a union of values, full sentence);
 * the analyzer prefers the field's shorter comment and its TypeScript type (`string`). Use the @attr line.
 */
function attrDocsPlugin() {
  const docs = new Map(); // class name → Map(attribute → { type, description })
  return {
    name: 'shn-attr-docs',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const attrs = new Map();
      for (const tag of ts.getJSDocTags(node)) {
        if (!['attr', 'attribute'].includes(tag.tagName.text)) continue;
        const parsed = parseAttrTag(commentText(ts, tag.comment));
        if (parsed) attrs.set(parsed.name, parsed);
      }
      if (attrs.size > 0) docs.set(node.name.text, attrs);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        const attrs = docs.get(declaration.name);
        if (!attrs) continue;
        for (const attribute of declaration.attributes ?? []) {
          // Attributes documented with @attr only (`state`, read through a getter; `lang`, HTMLElement's own)
          // still have a property of the same name: say so, so generated framework types can refer to it.
          attribute.fieldName ??= attribute.name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
          const doc = attrs.get(attribute.name);
          if (!doc) continue;
          // The field's own type wins later (fieldTypesPlugin); the @attr type stands for attributes without a field.
          if (doc.type) attribute.type = { text: doc.type };
          if (doc.description) attribute.description = doc.description;
        }
      }
    },
  };
}

/** Drops private and protected members: they are not API, and tools would offer them. */
function publicMembersPlugin() {
  return {
    name: 'shn-public-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => !['private', 'protected'].includes(member.privacy) && !member.name.startsWith('#'),
        );
      }
    },
  };
}

/**
 * The define modules register through `defineElement('shn-x', ShnX)` (version-aware), which the analyzer
 * does not recognise as `customElements.define`: record the tag on the class and the definition export.
 */
function defineElementPlugin() {
  const definitions = []; // { modulePath, tag, className, classModule }
  return {
    name: 'shn-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const sourceFile = node.getSourceFile();
      let classModule;
      for (const statement of sourceFile.statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
        const bindings = statement.importClause.namedBindings;
        if (ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === classArg.text)) {
          classModule = normalize(join(dirname(moduleDoc.path), statement.moduleSpecifier.text));
        }
      }
      definitions.push({ modulePath: moduleDoc.path, tag: tagArg.text, className: classArg.text, classModule });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { modulePath, tag, className, classModule } of definitions) {
        const classPath = classModule?.replace(/\.js$/, '.ts');
        const declaration = modules.find((mod) => mod.path === classPath)?.declarations?.find((d) => d.name === className);
        if (declaration) {
          declaration.tagName = tag;
          declaration.customElement = true;
        }
        const defineModule = modules.find((mod) => mod.path === modulePath);
        if (defineModule) {
          defineModule.exports = [
            ...(defineModule.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: classPath } },
          ];
        }
      }
    },
  };
}

/** src/x/y.ts (or ./y.js relative to a module) → dist/x/y.js: the manifest describes the published files. */
function distPathsPlugin() {
  const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  const resolveFrom = (modulePath, reference) =>
    toDist(reference.startsWith('.') ? normalize(join(dirname(modulePath), reference)).replace(/\.js$/, '.ts') : reference);
  const rewriteReferences = (value, modulePath) => {
    if (Array.isArray(value)) return value.forEach((item) => rewriteReferences(item, modulePath));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'module' && typeof child === 'string' && !value.package) value.module = resolveFrom(modulePath, child);
      else rewriteReferences(child, modulePath);
    }
  };
  return {
    name: 'shn-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        rewriteReferences(mod.declarations, mod.path);
        rewriteReferences(mod.exports, mod.path);
        mod.path = toDist(mod.path);
      }
    },
  };
}

export default {
  globs: ['src/*/*.component.ts', 'src/define/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [attrDocsPlugin(), publicMembersPlugin(), defineElementPlugin(), fieldTypesPlugin(), distPathsPlugin(), moduleTypesPlugin()],
};
