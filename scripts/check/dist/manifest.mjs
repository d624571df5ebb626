// custom-elements.json: generated, pointing at dist/, with every element, attribute, event, slot, part and
// custom property described; and the README's reference generated from it.
import { existsSync, readFileSync } from 'node:fs';
import { validateCem } from '@wc-toolkit/cem-validator';
import { join } from 'node:path';
import { readmeWithReference } from '../../docs/readme-reference.mjs';
import { dist, listFiles, pkg, readJson, root } from './context.mjs';

/**
 * @wc-toolkit/cem-validator with every rule an error, but typeDefinitionPath: its 1.3.0 rejects any path
 * ending in `.ts`, so every `.d.ts` (checked here instead).
 */
async function validate(manifest) {
  const error = 'error';
  const rules = {
    packageJson: { packageType: error, main: error, module: error, types: error, exports: error, customElementsProperty: error, publishedCem: error },
    manifest: { schemaVersion: error, modulePath: error, definitionPath: error, typeDefinitionPath: 'off', exportTypes: error, tagName: error },
  };
  try {
    await validateCem(manifest, { packageJsonPath: join(root, 'package.json'), rules });
    return '';
  } catch (failure) {
    return String(failure.message ?? failure);
  }
}

export async function checkManifest(report) {
  report.section('custom-elements.json');
  const file = pkg().customElements;
  if (!report.check(file && existsSync(join(root, file)), `package.json customElements → ${file} exists`)) return;
  const manifest = readJson(join(root, file));
  const missingPaths = manifest.modules.map((mod) => mod.path).filter((path) => !path.startsWith('dist/') || !existsSync(join(root, path)));
  report.check(missingPaths.length === 0, `all ${manifest.modules.length} module paths point to files in dist/${missingPaths.length ? `; not: ${missingPaths.join(', ')}` : ''}`);

  const invalid = await validate(manifest);
  report.check(!invalid, `@wc-toolkit/cem-validator passes (schema, paths, tag names, exported types)${invalid ? `: ${invalid}` : ''}`);
  const typeFiles = manifest.modules.filter((mod) => mod.declarations?.some((d) => d.customElement)).map((mod) => mod.typeDefinitionPath);
  const missingTypes = typeFiles.filter((path) => !path || !existsSync(join(root, path)));
  report.check(missingTypes.length === 0, `every element module has its typeDefinitionPath${missingTypes.length ? `; not: ${missingTypes.join(', ')}` : ''}`);

  const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.customElement);
  const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((item) => item.kind === 'custom-element-definition'));
  const defineModules = listFiles(join(dist, 'define')).filter((name) => /^shn-.*\.js$/.test(name)).map((name) => name.replace(/\.js$/, ''));
  for (const tag of defineModules) {
    const element = elements.find((candidate) => candidate.tagName === tag);
    report.check(Boolean(element) && definitions.some((definition) => definition.name === tag), `<${tag}>: class with tagName and definition export`);
    if (!element) continue;
    const undocumented = [
      ...(element.summary || element.description ? [] : ['summary']),
      ...(element.attributes ?? []).filter((a) => !a.description || !a.type?.text).map((a) => `attribute ${a.name}`),
      ...(element.events ?? []).filter((e) => !e.name || !e.description || !e.type?.text).map((e) => `event ${e.name ?? '?'}`),
      ...(element.slots ?? []).filter((s) => !s.description).map((s) => `slot ${s.name || '(default)'}`),
      ...(element.cssParts ?? []).filter((p) => !p.description).map((p) => `part ${p.name}`),
      ...(element.cssProperties ?? []).filter((p) => !p.description).map((p) => `custom property ${p.name}`),
    ];
    const fieldsWithoutAttribute = (element.members ?? [])
      .filter((member) => member.kind === 'field' && !member.static && member.attribute === undefined)
      .map((member) => member.name);
    report.check(undocumented.length === 0,
      `<${tag}>: ${element.attributes?.length ?? 0} attributes, ${element.events?.length ?? 0} events, ${element.slots?.length ?? 0} slots, ` +
        `${element.cssParts?.length ?? 0} parts, ${element.cssProperties?.length ?? 0} custom properties, all described` +
        `${undocumented.length ? `; undocumented: ${undocumented.join(', ')}` : ''}` +
        `${fieldsWithoutAttribute.length ? ` (property-only: ${fieldsWithoutAttribute.join(', ')})` : ''}`);
  }

  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  let expected;
  try {
    expected = readmeWithReference(readme, manifest);
  } catch (error) {
    report.fail(error.message);
    return;
  }
  report.check(expected === readme, 'README.md attribute and event reference matches the manifest (else: npm run docs:readme)');
}
