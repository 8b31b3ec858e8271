/// <reference types="astro/client" />
/// <reference path="../packages/portico/src/virtual.d.ts" />
