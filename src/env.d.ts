/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    lang: import('./lib/i18n/languages').Lang;
    t: import('./lib/i18n/translate').Translate;
  }
}
