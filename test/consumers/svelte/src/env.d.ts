/// <reference types="svelte" />
/// <reference types="@slachtofferhulp/widgets/types/svelte" />
