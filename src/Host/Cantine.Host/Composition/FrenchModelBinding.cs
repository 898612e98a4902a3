using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Composition;

/// <summary>
/// The model binder's own messages, in French and without the property's name (issue #18, defect 4): by default a
/// date that does not parse shows "The value 'abc' is not valid for RecopierJusquau.", and a non-nullable string a
/// form did not send (the hidden <c>Version</c> on <c>Recopier</c>) "The Version field is required.". The page puts
/// the message next to the field it labels; the value typed is not echoed back (it may be 10 kB or bidi controls).
/// </summary>
public static class FrenchModelBinding
{
    public static IServiceCollection AddFrenchModelBinding(this IServiceCollection services)
    {
        services.AddOptions<MvcOptions>().Configure<IStringLocalizer<HostText>>((options, text) =>
        {
            // Required fields are the validators' business (FluentValidation, in the modules), never the binder's.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.ModelBinderProviders.Insert(0, new BoundedInputBinders());
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => text["La valeur saisie n'est pas valide."]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["La valeur saisie n'est pas valide."]);
            messages.SetUnknownValueIsInvalidAccessor(_ => text["La valeur saisie n'est pas valide."]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["La valeur saisie n'est pas valide."]);
            messages.SetValueIsInvalidAccessor(_ => text["La valeur saisie n'est pas valide."]);
            messages.SetValueMustBeANumberAccessor(_ => text["Ce champ doit être un nombre."]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Ce champ doit être un nombre."]);
            messages.SetValueMustNotBeNullAccessor(_ => text["Ce champ est obligatoire."]);
            messages.SetMissingBindRequiredValueAccessor(_ => text["Ce champ est obligatoire."]);
            messages.SetMissingKeyOrValueAccessor(() => text["Ce champ est obligatoire."]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Le formulaire envoyé est vide. Rechargez la page et recommencez."]);
        });
        return services;
    }
}
