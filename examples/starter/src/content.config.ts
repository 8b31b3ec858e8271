// The site's collections come from the Portico engine; editors' files live in src/content/.
import { porticoCollections } from 'portico/content';

export const collections = porticoCollections();
