/// <reference types="@slachtofferhulp/widgets/types/vue" />
