/** The SharePoint group of HR (Vụ Tổ chức cán bộ): a name the screens read, apart from the code that secures the lists. */
export const HR_GROUP = 'DGCC Vụ Tổ chức cán bộ';
