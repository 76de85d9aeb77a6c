/** A source folder is named after its source: sources/<id>/source.yaml has `id: <id>`. */
import type { SeedError } from '../loader/seed-errors';
import type { SeedModel } from '../loader/seed-model';
import { errorAt } from '../loader/shape-check';

export function checkSourceFolders({ model, errors }: { model: SeedModel; errors: SeedError[] }): void {
  for (const folder of model.folders) {
    if (folder.source && folder.source.value.id !== folder.folder) {
      errors.push(
        errorAt(
          folder.source,
          ['id'],
          `source id "${folder.source.value.id}" differs from its folder name "${folder.folder}": rename one so they match`,
        ),
      );
    }
  }
}
