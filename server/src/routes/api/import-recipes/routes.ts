import { type AnyRouteDef, defineRoute, type RouteAuth } from '../../../http/route-def';
import {
  importRecipe,
  importRecipeCreate,
  importRecipeDeleted,
  importRecipeList,
  importRecipeParams,
  importRecipePatch,
  importRecipeRefresh,
} from '../../../contract/import-recipes';
import { checkRecipeNow, createRecipe, deleteRecipe, getRecipe, listRecipes, patchRecipe, type RecipeDeps, refreshRecipe } from './service';

const tag = 'Fonti dei dati / Data sources';
/** Sources are the analysts' work, like imports (admins may do everything). */
const ANALYSTS: RouteAuth = { roles: ['analyst'] };
const location = (r: { id: number }) => `/api/import-recipes/${r.id}`;
const FETCH_PROBLEMS = [422, 502, 504];

/** Import recipes: a source's address with the options of its import, checked on a schedule. */
export function importRecipeRoutes(deps: RecipeDeps): AnyRouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/import-recipes',
      auth: ANALYSTS,
      tag,
      summary: 'Fonti dei dati / Data sources',
      description: 'Every recipe (a source address with its import options) and its last check: whether new data is available.',
      response: importRecipeList,
      handler: ({ db }) => listRecipes(db, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/import-recipes',
      auth: ANALYSTS,
      status: 201,
      location,
      tag,
      summary: 'Aggiungi una fonte / Add a data source',
      description: 'Name, address (http or https), format (omitted: detected), indicator (code) and the import options of an upload. Checked at the next scheduled check.',
      body: importRecipeCreate,
      response: importRecipe,
      handler: ({ db, body, actor }) => createRecipe(db, body, actor!),
    }),
    defineRoute({
      method: 'get',
      path: '/api/import-recipes/:id',
      auth: ANALYSTS,
      notFound: true,
      tag,
      summary: 'Una fonte / One data source',
      description: 'The recipe and its check state (ETag, Last-Modified, checksum, last check and its error).',
      params: importRecipeParams,
      response: importRecipe,
      handler: ({ db, params }) => getRecipe(db, params.id),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/import-recipes/:id',
      auth: ANALYSTS,
      notFound: true,
      tag,
      summary: 'Modifica una fonte / Edit a data source',
      description: 'Changes the fields given. Another address forgets the check state of the old one.',
      params: importRecipeParams,
      body: importRecipePatch,
      response: importRecipe,
      handler: ({ db, params, body, actor }) => patchRecipe(db, params.id, body, actor!),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/import-recipes/:id',
      auth: ANALYSTS,
      notFound: true,
      tag,
      summary: 'Elimina una fonte / Delete a data source',
      description: 'Deletes the recipe; the batches it imported stay, and the audit log keeps it.',
      params: importRecipeParams,
      response: importRecipeDeleted,
      handler: ({ db, params, actor }) => deleteRecipe(db, params.id, actor!),
    }),
    defineRoute({
      method: 'post',
      path: '/api/import-recipes/:id/check',
      auth: ANALYSTS,
      notFound: true,
      tag,
      summary: 'Controlla ora / Check now',
      description:
        'Asks the source whether it changed (a conditional GET with the ETag/Last-Modified known, else the checksum of the body) and stores the outcome: unchanged, changed (new data available) or error with its code.',
      params: importRecipeParams,
      response: importRecipe,
      handler: ({ db, params }) => checkRecipeNow(db, params.id, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/import-recipes/:id/refresh',
      auth: ANALYSTS,
      notFound: true,
      status: 202,
      tag,
      summary: 'Aggiorna dalla fonte / Refresh from the source',
      description:
        'Downloads the address and creates the import batch an upload of the file with these options creates: poll /api/imports/{batchId} for its preview, then commit. A source that cannot be read is a problem with code (source.httpStatus, source.timeout, source.tooLarge, source.tooManyRedirects, source.network) and params; nothing is written.',
      params: importRecipeParams,
      problems: FETCH_PROBLEMS,
      response: importRecipeRefresh,
      handler: ({ db, params, actor }) => refreshRecipe(db, params.id, deps, actor!),
    }),
  ];
}
